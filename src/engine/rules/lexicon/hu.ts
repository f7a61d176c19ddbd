/**
 * Hungarian: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Hungarian notices ("A kézbesítés sikertelen", "a postafiók megtelt"). Hungarian joins its
 * endings to the stem: stems take `*` ("címzett*" is also "címzettnek", "postafiók*" also
 * "postafiókja"). It denies with "nem" before the verb ("nem létezik"), which the forms spell out
 * whole; no lone negator is listed.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=hu';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=hu';
const MICROSOFT =
  'https://learn.microsoft.com/hu-hu/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const HU: Lexicon = {
  language: 'hu',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(a )?(címzett )?postafiók(ja)? (megtelt|tele van)',
        '(a )?tárhely(e)? (megtelt|betelt)',
        '(a )?kvóta (túllépve|túllépés|betelt)',
      ],
      source: GMAIL,
      example: 'Az üzenetet nem lehetett kézbesíteni, mert a címzett postafiókja megtelt.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(az )?(e-mail )?cím nem létezik',
        '(a )?(címzett|felhasználó|fiók) nem (létezik|található)',
        'ismeretlen (felhasználó|címzett|cím)',
        'nem létező (címzett|felhasználó|e-mail cím|cím)',
      ],
      source: GMAIL,
      example: 'Az üzenet nem kézbesíthető: a címzett nem létezik.',
    },
    {
      reason: 'hostunknown',
      forms: ['(a )?(domain|tartomány) nem (létezik|található)', 'ismeretlen (domain|tartomány)'],
      source: GMAIL,
      example: 'A domain nem létezik.',
    },
    {
      reason: 'vacation',
      forms: ['házon kívül', 'szabadságon vagyok', 'automatikus válasz', 'távollétemben'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatikus válasz: augusztus 1-ig szabadságon vagyok.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(spamnek|levélszemétnek) (minősítette|minősítettük|minősült|jelölte|jelölték)',
        'kéretlen (levél|üzenet)',
      ],
      source: GMAIL,
      example: 'Az üzenetét a rendszer spamnek minősítette.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['(az )?üzenet túl nagy', 'túl nagy (az )?üzenet'],
      source: GMAIL,
      example: 'Az üzenet túl nagy a címzett postafiókjához.',
    },
    {
      reason: 'suspend',
      forms: [
        '(a )?fiók(ja)? (le van tiltva|letiltva|felfüggesztve)',
        '(letiltott|felfüggesztett) fiók',
      ],
      source: GMAIL,
      example: 'A címzett fiókja le van tiltva.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['címzett*'], source: GMAIL },
    { kind: 'sender', forms: ['feladó*', 'küldő*'], source: GMAIL },
    { kind: 'mailbox', forms: ['postafiók*', 'beérkező levelek'], source: GMAIL },
    { kind: 'user', forms: ['felhasználó*'], source: GMAIL },
    {
      kind: 'address',
      forms: ['cím', 'címe', 'címet', 'e-mail cím*', 'e-mail-cím*'],
      source: GMAIL,
    },
    { kind: 'account', forms: ['fiók', 'fiókja', 'fiókot'], source: GMAIL },
    { kind: 'domain', forms: ['domain*', 'tartomány*'], source: GMAIL },
    { kind: 'server', forms: ['kiszolgáló*', 'szerver*'], source: MICROSOFT },
    { kind: 'connection', forms: ['kapcsolat*'], source: MICROSOFT },
    { kind: 'message', forms: ['üzenet*'], source: GMAIL },
    { kind: 'attachment', forms: ['melléklet*'], source: GMAIL },
    { kind: 'size', forms: ['méret*'], source: GMAIL },
    { kind: 'storage', forms: ['tárhely*', 'kvóta*'], source: GMAIL },
    { kind: 'spam', forms: ['spam*', 'levélszemét*'], source: GMAIL },
    { kind: 'virus', forms: ['vírus*', 'kártevő*'], source: GMAIL },
    { kind: 'delivery', forms: ['kézbesítés*'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['nem létezik', 'nem található', 'nem találtuk', 'ismeretlen', 'érvénytelen'],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['nem elérhető'], source: MICROSOFT },
    { kind: 'full', forms: ['megtelt', 'tele van', 'betelt'], source: GMAIL },
    { kind: 'exceeded', forms: ['túllépve', 'túllépte', 'meghaladja'], source: GMAIL },
    { kind: 'toolarge', forms: ['túl nagy'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['le van tiltva', 'letiltva', 'felfüggesztve', 'törölve'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['blokkolva', 'blokkolta', 'blokkolták'], source: MICROSOFT },
    {
      kind: 'rejected',
      forms: ['elutasítva', 'elutasította', 'elutasították', 'visszautasítva'],
      source: MICROSOFT,
    },
    { kind: 'notallowed', forms: ['nem engedélyezett', 'nincs engedély*'], source: MICROSOFT },
    { kind: 'detected', forms: ['észlelt', 'észlelve', 'minősítette'], source: GMAIL },
    { kind: 'failed', forms: ['sikertelen', 'nem sikerült', 'hiba'], source: MICROSOFT },
    { kind: 'expired', forms: ['lejárt'], source: MICROSOFT },
    { kind: 'temporary', forms: ['ideiglenes (hiba|probléma)'], source: GMAIL_CODES },
  ],
  negators: [],
  boilerplate: [
    {
      forms: [
        'a kézbesítés sikertelen (volt )?(a következő címzetteknek vagy csoportoknak)?',
        'az üzenet nem kézbesíthető',
        'ez egy automatikusan (generált|létrehozott) üzenet',
        'diagnosztikai információk rendszergazdák számára',
      ],
      source: MICROSOFT,
    },
    { forms: ['ellenőrizze a címet', 'próbálja újra később'], source: GMAIL },
  ],
};
