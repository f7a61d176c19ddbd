/**
 * Polish: Interia's and WP / o2's help on returned mail, hosting providers' guides, Gmail's
 * localised texts. Inflected nouns and participles are stems (`skrzyn*`, `odrzucon*`); ą ę ł ś
 * ż also match without their diacritics ("pelna", "przepelniona").
 */
import type { Lexicon } from './types.ts';

const INTERIA =
  'https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600';
const WP = 'https://pomoc.wp.pl/dlaczego-mam-problem-z-wysylaniem';
const O2 = 'http://pomoc.o2.pl/dlaczego-nie-otrzymuje-wiadomosci';
const WEBSERWER = 'http://www.webserwer.pl/pomoc/poczta/bledy';
const GMAIL = 'https://support.google.com/a/answer/3726730?hl=pl';
const MICROSOFT =
  'https://learn.microsoft.com/pl-pl/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const PL: Lexicon = {
  language: 'pl',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'skrzynka( pocztowa| odbiorcy)? (jest )?(pełna|przepełniona|zapełniona)',
        'przepełnion(a|ą|ej) skrzynk*',
        'brak miejsca( w skrzynce)?',
      ],
      source: INTERIA,
      example: 'Odbiorca ma przepełnioną skrzynkę.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(konto|adres|użytkownik|odbiorca)( e-?mail)?( odbiorcy)? nie istnieje',
        'nieistniejąc(y|e) (adres|konto|użytkownik)*',
        'nieznany (użytkownik|odbiorca|adres)',
        'nie ma takiego (użytkownika|konta|adresu)',
      ],
      source: INTERIA,
      example: 'Konto odbiorcy nie istnieje lub zostało zablokowane.',
    },
    {
      reason: 'hostunknown',
      forms: ['domena nie istnieje', 'nieistniejąca domena', 'nieznana domena'],
      source: WEBSERWER,
      example: 'Domena nie istnieje.',
    },
    {
      reason: 'vacation',
      forms: [
        'poza biurem',
        'automatyczna odpowiedź',
        'autoodpowiedź',
        '(jestem )?na urlopie',
        'nieobecnoś(ć|ci)',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatyczna odpowiedź: jestem na urlopie do 12 sierpnia.',
    },
    {
      reason: 'spamdetected',
      forms: ['(uznan|rozpoznan|zakwalifikowan|oznaczon)(a|y|e|o) jako spam', 'podejrzenie spamu'],
      source: WP,
      example: 'Wiadomość została odrzucona przez system antyspamowy: uznana jako spam',
    },
    {
      reason: 'virusdetected',
      forms: ['(wykryto|znaleziono) wirus*', 'zawiera wirus*'],
      source: WEBSERWER,
      example: 'W wiadomości wykryto wirusa.',
    },
    {
      reason: 'speeding',
      forms: ['zbyt (szybko|często)', 'przekroczon(y|o) limit wysyłki'],
      source: WP,
      example: 'Przekroczono limit wysyłki wiadomości.',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        'wiadomość (jest )?(zbyt|za) duża',
        'przekroczon(y|o) (maksymalny )?rozmiar wiadomości',
      ],
      source: WEBSERWER,
      example: 'Wiadomość jest zbyt duża.',
    },
    {
      reason: 'filtered',
      forms: [
        'nie chce (otrzymywać )?(twoich|pana|pani) (wiadomości|maili)',
        'dodał(o|a)? cię do listy zablokowanych',
      ],
      source: INTERIA,
      example:
        'Konto do którego próbujesz wysłać wiadomość email prawdopodobnie dodało Cię do listy zablokowanych.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['odbiorc*', 'adresat*'], source: INTERIA },
    { kind: 'sender', forms: ['nadawc*'], source: WP },
    { kind: 'sending', forms: ['wysyłk*', 'wysyłani*'], source: WP },
    { kind: 'mailbox', forms: ['skrzyn*', 'skrzynka (pocztowa|odbiorcza)'], source: INTERIA },
    { kind: 'user', forms: ['użytkownik*'], source: WEBSERWER },
    { kind: 'address', forms: ['adres(u|em|ie|y|ów)?', 'adres e-?mail*'], source: INTERIA },
    { kind: 'account', forms: ['kont(o|a|u|em|cie)'], source: INTERIA },
    { kind: 'domain', forms: ['domen(a|y|ie|ę|ą)'], source: INTERIA },
    { kind: 'host', forms: ['host*'], source: INTERIA },
    { kind: 'server', forms: ['serwer*'], source: WP },
    { kind: 'service', forms: ['usług*'], source: WP },
    { kind: 'system', forms: ['system*'], source: WP },
    { kind: 'network', forms: ['sie(ć|ci)'], source: WP },
    { kind: 'connection', forms: ['połączeni*'], source: WP },
    { kind: 'ip', forms: ['adres(u)? ip', 'ip'], source: INTERIA },
    { kind: 'blocklist', forms: ['czarn(a|ej|ą) list*', 'listy zablokowanych'], source: INTERIA },
    { kind: 'relay', forms: ['przekazywani*'], source: WEBSERWER },
    {
      kind: 'message',
      forms: ['wiadomoś(ć|ci)', 'maila?', 'maile', 'e-?mail*', 'poczt(a|y)'],
      source: INTERIA,
    },
    { kind: 'attachment', forms: ['załącznik*'], source: WEBSERWER },
    { kind: 'content', forms: ['treś(ć|ci)', 'zawartoś(ć|ci)'], source: WP },
    { kind: 'size', forms: ['rozmiar*', 'wielkoś(ć|ci)'], source: WEBSERWER },
    {
      kind: 'storage',
      forms: ['pojemnoś(ć|ci)', 'miejsc(e|a)', 'przestrze(ń|ni)', 'limit skrzynki'],
      source: WEBSERWER,
    },
    { kind: 'rate', forms: ['częstotliwoś(ć|ci)', 'szybkoś(ć|ci)'], source: WP },
    { kind: 'limit', forms: ['limit*'], source: WP },
    { kind: 'spam', forms: ['spam*', '*antyspam*', 'niechcian*', 'niezamówion*'], source: WP },
    {
      kind: 'virus',
      forms: ['wirus*', 'złośliwe oprogramowanie', 'malware', '*antywirus*'],
      source: WEBSERWER,
    },
    { kind: 'auth', forms: ['uwierzytelni*', 'autoryzacj*', 'logowani*'], source: WP },
    { kind: 'tls', forms: ['szyfrowani*'], source: GMAIL },
    { kind: 'certificate', forms: ['certyfikat*'], source: GMAIL },
    { kind: 'ptr', forms: ['odwrotn(y|ego|ej) (dns|rekord)*', 'rekord ptr'], source: GMAIL },
    { kind: 'dns', forms: ['rekord(u)? (mx|dns)'], source: WEBSERWER },
    { kind: 'delivery', forms: ['doręczeni*', 'dostarczeni*'], source: WP },
    { kind: 'time', forms: ['czas*', 'termin*'], source: MICROSOFT },
    { kind: 'policy', forms: ['polityk*', 'zasad*'], source: GMAIL },
    { kind: 'filter', forms: ['filtr*'], source: O2 },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'nie istniej(e|ą)',
        'nieistniejąc*',
        'nieznan*',
        'nieprawidłow*',
        'niepoprawn*',
        'nie znaleziono',
        'nie został(a|o)? znalezion*',
        'nie odnaleziono',
        'błędn*',
        'nie zarejestrowan*',
      ],
      source: INTERIA,
    },
    { kind: 'unavailable', forms: ['niedostępn*', 'nie jest dostępn*'], source: INTERIA },
    { kind: 'unreachable', forms: ['nieosiągaln*', 'nie można połączyć'], source: WP },
    {
      kind: 'noaccept',
      forms: ['nie przyjmuje (poczty|wiadomości)', 'nie może odbierać (poczty|wiadomości)'],
      source: WP,
    },
    { kind: 'missing', forms: ['brakuje', 'brakując*'], source: WP },
    { kind: 'none', forms: ['brak', 'żadn*', 'bez'], source: WP },
    {
      kind: 'full',
      forms: ['pełn(a|e|y|ą)', 'przepełnion*', 'zapełnion*', 'niewystarczając*'],
      source: INTERIA,
    },
    {
      kind: 'exceeded',
      forms: ['przekroczon*', 'przekracza', 'przekroczył*', 'przekroczono', 'osiągnięt*'],
      source: WEBSERWER,
    },
    { kind: 'toolarge', forms: ['(zbyt|za) duż(a|y|e)', 'zbyt wielk*'], source: WEBSERWER },
    {
      kind: 'disabled',
      forms: ['zawieszon*', 'nieaktywn*', 'wyłączon*', 'dezaktywowan*', 'usunięt*', 'zamknięt*'],
      source: INTERIA,
    },
    { kind: 'blocked', forms: ['zablokowan*', 'blokowan*'], source: INTERIA },
    { kind: 'rejected', forms: ['odrzucon*', 'odmówion*', 'odmowa', 'nie przyjęt*'], source: WP },
    {
      kind: 'notallowed',
      forms: [
        'niedozwolon*',
        'nie jest dozwolon*',
        'zabronion*',
        'brak uprawnień',
        'nieautoryzowan*',
        'nie ma uprawnień',
      ],
      source: INTERIA,
    },
    { kind: 'listed', forms: ['na liście', 'wpisan*', 'umieszczon*'], source: INTERIA },
    { kind: 'moved', forms: ['zmienion*', 'zmienił*'], source: WP },
    {
      kind: 'detected',
      forms: [
        'wykryt*',
        'wykryto',
        'znalezion*',
        'znaleziono',
        'rozpoznan*',
        'uznan*',
        'oznaczon*',
        'podejrzan*',
        'zawiera',
        'zgłoszon*',
      ],
      source: WP,
    },
    { kind: 'infected', forms: ['zainfekowan*', 'zarażon*'], source: WEBSERWER },
    { kind: 'toomany', forms: ['zbyt wiel(e|u)', 'za dużo', 'zbyt dużo', 'nadmiern*'], source: WP },
    {
      kind: 'timeout',
      forms: [
        'przekroczono (limit )?czas(u)?( oczekiwania)?',
        'limit czasu',
        'upłynął limit czasu',
      ],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['wygas*', 'upłynął', 'przeterminowan*'], source: MICROSOFT },
    {
      kind: 'failed',
      forms: ['błąd', 'błędu', 'błędy', 'niepowodzeni*', 'nie powiodło', 'awari*'],
      source: WP,
    },
    { kind: 'required', forms: ['wymagan*', 'wymaga', 'konieczn*', 'musi'], source: GMAIL },
    { kind: 'violation', forms: ['narusz*'], source: GMAIL },
    { kind: 'busy', forms: ['przeciążon*', 'zajęt*'], source: WP },
    {
      kind: 'temporary',
      forms: ['tymczasowo niedostępn*', 'tymczasow(y|e) (błąd|problem)*'],
      source: WP,
    },
  ],
  negators: ['nie', 'bez', 'żadn*'],
  boilerplate: [
    {
      forms: [
        'wiadomość nie została (dostarczona|doręczona)',
        'nie (można|udało się) dostarczyć',
        'niedostarczon*',
        'ta wiadomość została (wygenerowana|utworzona) automatycznie',
        'mail zwrotny',
      ],
      source: WP,
    },
    {
      forms: ['serwer zdalny zwrócił', 'informacje diagnostyczne dla administratorów'],
      source: MICROSOFT,
    },
    {
      forms: [
        'sprawdź (poprawność )?adres*',
        'spróbuj (ponownie|później)',
        'skontaktuj się z (administratorem|biurem obsługi)*',
      ],
      source: INTERIA,
    },
    {
      forms: [
        'sprawdzon(a|e|o) (przez|programem) antywirus*',
        'poufn*',
        'jeśli nie jesteś (adresatem|odbiorcą)',
      ],
      source: WEBSERWER,
    },
  ],
};
