/**
 * Czech: Seznam's notices and help, Czech hosting providers' lists of bounce messages,
 * Microsoft's localised NDRs. Inflected forms are stems (`schránk*`, `odmítnut*`).
 */
import type { Lexicon } from './types.ts';

const SEZNAM = 'https://napoveda.seznam.cz/uzivatel-neexistuje';
const MYDREAMS =
  'https://www.mydreams.cz/cz/wiki/9924-seznam-chybovych-hlasek-z-nedodanych-emailu-a-jejich-vysvetleni.html';
const EABM = 'http://blog.eabm.cz/nejcastejsi-chyby-pri-dorucovani-emailu';
const MICROSOFT =
  'https://learn.microsoft.com/cs-cz/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const GMAIL = 'https://support.google.com/mail/answer/6596?hl=cs';

export const CS: Lexicon = {
  language: 'cs',
  script: 'latin',
  phrases: [
    {
      reason: 'userunknown',
      forms: [
        '(uživatel|adresát|příjemce) neexistuje',
        'neexistující (adresát|uživatel|adresa|schránka|příjemce)*',
        'permanentní chyba na straně uživatele',
        'neznámý (uživatel|adresát|příjemce)',
        'adresa( příjemce)? neexistuje',
      ],
      source: SEZNAM,
      example:
        "5.1.1 szn; User hasn't got the service mapped. Permanentní chyba na straně uživatele.",
    },
    {
      reason: 'mailboxfull',
      forms: [
        'schránka( příjemce)? (je )?(plná|přeplněná|zaplněná)',
        'plná schránka',
        'příjemce má plnou schránku',
        'překročen(a|á)? kvóta',
      ],
      source: EABM,
      example: 'Quota exceeded for user: příjemce má plnou schránku.',
    },
    {
      reason: 'hostunknown',
      forms: ['doména neexistuje', 'neexistující doména*', 'neexistující doménu'],
      source: EABM,
      example: 'Email byl zaslán na neexistující doménu.',
    },
    {
      reason: 'vacation',
      forms: [
        'mimo kancelář',
        'automatická odpověď',
        '(jsem|budu) na dovolené',
        'na dovolené',
        'nepřítomnost*',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatická odpověď: jsem na dovolené do 20. července.',
    },
    {
      reason: 'spamdetected',
      forms: ['(vyhodnocen|označen|rozpoznán|detekován)(a|o)? jako spam', 'podezření na spam'],
      source: MYDREAMS,
      example: 'Zpráva byla vyhodnocena jako spam.',
    },
    {
      reason: 'virusdetected',
      forms: ['(nalezen|detekován|zjištěn) virus', 'obsahuje virus'],
      source: MYDREAMS,
      example: 'Zpráva obsahuje virus.',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        'zpráva je příliš velká',
        'překročena (maximální )?velikost',
        'příliš velkou přílohou',
      ],
      source: EABM,
      example: 'V tomto případě se snažíte poslat email s příliš velkou přílohou.',
    },
    {
      reason: 'speeding',
      forms: ['příliš (rychle|často)'],
      source: MYDREAMS,
      example: 'Odesíláte zprávy příliš rychle.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['příjemc*', 'adresát*'], source: SEZNAM },
    { kind: 'sender', forms: ['odesílatel*'], source: MYDREAMS },
    { kind: 'sending', forms: ['odesílání', 'odeslání'], source: MYDREAMS },
    { kind: 'mailbox', forms: ['schránk*', 'poštovní schránk*'], source: EABM },
    { kind: 'user', forms: ['uživatel*'], source: SEZNAM },
    { kind: 'address', forms: ['adres(a|y|u|e|ou)', 'e-?mailov(á|é|ou) adres*'], source: SEZNAM },
    { kind: 'account', forms: ['účet', 'účtu', 'účtem', 'účty'], source: MYDREAMS },
    { kind: 'domain', forms: ['domén*'], source: EABM },
    { kind: 'host', forms: ['host*'], source: MYDREAMS },
    { kind: 'server', forms: ['server*'], source: SEZNAM },
    { kind: 'service', forms: ['služb*'], source: MYDREAMS },
    { kind: 'system', forms: ['systém*'], source: MYDREAMS },
    { kind: 'network', forms: ['sí(ť|tě)'], source: MYDREAMS },
    { kind: 'connection', forms: ['spojení', 'připojení'], source: MYDREAMS },
    { kind: 'ip', forms: ['ip adres*', 'ip'], source: EABM },
    { kind: 'blocklist', forms: ['černá listina', 'černé listině', 'blacklist*'], source: EABM },
    { kind: 'relay', forms: ['přeposílání'], source: MYDREAMS },
    { kind: 'message', forms: ['zpráv(a|y|u|ou|ě)', 'e-?mail*'], source: SEZNAM },
    { kind: 'attachment', forms: ['příloh*'], source: EABM },
    { kind: 'content', forms: ['obsah'], source: MYDREAMS },
    { kind: 'size', forms: ['velikost*'], source: EABM },
    { kind: 'storage', forms: ['kvót*', 'míst(o|a)', 'kapacit*', 'prostor*'], source: EABM },
    { kind: 'rate', forms: ['frekvenc*', 'rychlost*'], source: MYDREAMS },
    { kind: 'limit', forms: ['limit*'], source: MYDREAMS },
    { kind: 'spam', forms: ['spam*', '*antispam*', 'nevyžádan*'], source: MYDREAMS },
    {
      kind: 'virus',
      forms: ['virus*', 'viry', 'viru', 'malware', 'škodliv*', '*antivir*'],
      source: MYDREAMS,
    },
    { kind: 'auth', forms: ['ověření', 'autentizac*', 'přihlášení'], source: MYDREAMS },
    { kind: 'tls', forms: ['šifrování'], source: GMAIL },
    { kind: 'certificate', forms: ['certifikát*'], source: GMAIL },
    { kind: 'ptr', forms: ['reverzní (dns|záznam)*', 'ptr záznam*'], source: GMAIL },
    { kind: 'dns', forms: ['(mx|dns) záznam*'], source: EABM },
    { kind: 'delivery', forms: ['doručení', 'doručování'], source: SEZNAM },
    { kind: 'time', forms: ['čas', 'času', 'lhůt*'], source: MICROSOFT },
    { kind: 'policy', forms: ['zásad*', 'pravidl*'], source: GMAIL },
    { kind: 'filter', forms: ['filtr*'], source: MYDREAMS },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'neexistuj*',
        'neexistující*',
        'neznám*',
        'neplatn*',
        'nenalezen*',
        'nebyl(a|o)? nalezen*',
        'chybn*',
        'nesprávn*',
      ],
      source: SEZNAM,
    },
    { kind: 'unavailable', forms: ['nedostupn*', 'není dostupn*'], source: MYDREAMS },
    { kind: 'unreachable', forms: ['nelze (se )?připojit', 'nedosažiteln*'], source: MYDREAMS },
    { kind: 'noaccept', forms: ['nepřijímá (poštu|zprávy|e-?maily)'], source: SEZNAM },
    { kind: 'missing', forms: ['chybí', 'chybějící'], source: GMAIL },
    { kind: 'none', forms: ['žádn*', 'bez'], source: GMAIL },
    { kind: 'full', forms: ['pln(á|é|ý|ou)', 'přeplněn*', 'zaplněn*', 'nedostatek'], source: EABM },
    { kind: 'exceeded', forms: ['překročen*', 'překračuje', 'dosažen*'], source: EABM },
    { kind: 'toolarge', forms: ['příliš velk*', 'moc velk*'], source: EABM },
    {
      kind: 'disabled',
      forms: ['pozastaven*', 'neaktivní', 'deaktivován*', 'zrušen*', 'smazán*', 'vypnut*'],
      source: MYDREAMS,
    },
    { kind: 'blocked', forms: ['zablokován*', 'blokován*'], source: EABM },
    {
      kind: 'rejected',
      forms: ['odmítnut*', 'zamítnut*', 'odmítá', 'nepřijat*'],
      source: MYDREAMS,
    },
    {
      kind: 'notallowed',
      forms: [
        'není povolen*',
        'nepovolen*',
        'zakázán*',
        'zakázan*',
        'nemáte oprávnění',
        'bez oprávnění',
      ],
      source: MYDREAMS,
    },
    { kind: 'listed', forms: ['uveden*', 'na seznamu', 'zapsán*'], source: EABM },
    { kind: 'moved', forms: ['změněn*', 'změnil*'], source: MYDREAMS },
    {
      kind: 'detected',
      forms: [
        'detekován*',
        'nalezen*',
        'zjištěn*',
        'vyhodnocen*',
        'označen*',
        'rozpoznán*',
        'podezř*',
        'obsahuje',
        'nahlášen*',
      ],
      source: MYDREAMS,
    },
    { kind: 'infected', forms: ['infikovan*', 'zavirovan*'], source: MYDREAMS },
    { kind: 'toomany', forms: ['příliš mnoh(o|a)', 'nadměrn*'], source: MYDREAMS },
    {
      kind: 'timeout',
      forms: ['vypršel časový limit', 'časový limit', 'vypršení časového limitu'],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['vypršel*', 'propadl*'], source: MICROSOFT },
    {
      kind: 'failed',
      forms: ['chyba', 'chyby', 'chybou', 'selhal*', 'selhání', 'porucha', 'nezdařil*'],
      source: MYDREAMS,
    },
    {
      kind: 'required',
      forms: ['vyžadován*', 'vyžaduje', 'nutn*', 'musí', 'povinn*'],
      source: MYDREAMS,
    },
    { kind: 'violation', forms: ['porušuje', 'porušení', 'porušen*'], source: GMAIL },
    { kind: 'busy', forms: ['přetížen*', 'zaneprázdněn*'], source: MYDREAMS },
    {
      kind: 'temporary',
      forms: ['dočasně nedostupn*', 'dočasn(á|ý) (chyba|problém)*', 'dočasný lokální problém'],
      source: MYDREAMS,
    },
  ],
  negators: ['ne', 'není', 'bez', 'žádn*', 'nikdy'],
  boilerplate: [
    {
      forms: [
        'nemohla být doručena',
        'nebyla doručena',
        'nepodařilo se doručit',
        'nedoručiteln*',
        'zpráva je přiložena',
        'tato zpráva byla (vytvořena|vygenerována) automaticky',
      ],
      source: SEZNAM,
    },
    { forms: ['vzdálený server vrátil', 'diagnostické informace pro správce'], source: MICROSOFT },
    {
      forms: [
        'zkontrolujte (e-mailovou )?adresu*',
        'prověřte tedy znovu',
        'zkuste (to )?(znovu|později)',
        '(kontaktujte|obraťte se na) správ(u|ce)*',
      ],
      source: SEZNAM,
    },
    {
      forms: [
        '(zkontrolováno|prověřeno) antivir*',
        'důvěrn*',
        'pokud nejste (adresátem|příjemcem)',
      ],
      source: MYDREAMS,
    },
  ],
};
