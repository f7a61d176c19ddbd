/**
 * Swedish: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Swedish notices ("Leveransen misslyckades", "brevlådan är full"). Compound nouns
 * ("e-postadress", "mottagaradress") take `*` on the side they join.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=sv';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=sv';
const MICROSOFT =
  'https://learn.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const SV: Lexicon = {
  language: 'sv',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(brevlåda|brevlådan|postlåda|postlådan|inkorg|inkorgen)( hos mottagaren)? är full',
        'full (brevlåda|postlåda|inkorg)',
        'kvot(en)? (har )?(överskri(den|dits)|nåtts)',
      ],
      source: GMAIL,
      example: 'Meddelandet kunde inte levereras eftersom mottagarens brevlåda är full.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(e-?post)?adress(en)? finns inte',
        '(användare|användaren|mottagare|mottagaren|kontot) finns inte',
        'okänd (användare|mottagare|adress)',
        'gick inte att hitta (e-?post)?adressen',
      ],
      source: GMAIL,
      example: 'Meddelandet kunde inte levereras: e-postadressen finns inte.',
    },
    {
      reason: 'hostunknown',
      forms: ['domän(en)? (finns inte|hittades inte)', 'okänd domän'],
      source: GMAIL,
      example: 'Domänen finns inte.',
    },
    {
      reason: 'vacation',
      forms: [
        'frånvarande',
        'inte på kontoret',
        'automatiskt svar',
        'autosvar',
        'frånvaromeddelande',
        '(på|har) semester',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatiskt svar: jag har semester till 1 augusti.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(klassats|klassat|markerats|markerat|identifierats|identifierat) som skräppost',
        'misstänkt skräppost',
      ],
      source: GMAIL,
      example: 'Ditt meddelande har klassats som skräppost.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['meddelandet är för stort', 'för stort meddelande'],
      source: GMAIL,
      example: 'Meddelandet är för stort för mottagarens inkorg.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['mottagare*', 'mottagaren*'], source: GMAIL },
    { kind: 'sender', forms: ['avsändare*', 'avsändaren*'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: ['brevlåda*', 'brevlådan', 'postlåda*', 'postlådan', 'inkorg*'],
      source: GMAIL,
    },
    { kind: 'user', forms: ['användare*', 'användaren'], source: GMAIL },
    { kind: 'address', forms: ['*adress', '*adressen', '*adresser'], source: GMAIL },
    { kind: 'account', forms: ['konto*'], source: GMAIL },
    { kind: 'domain', forms: ['domän*'], source: GMAIL },
    { kind: 'server', forms: ['*server*'], source: MICROSOFT },
    { kind: 'connection', forms: ['*anslutning*'], source: MICROSOFT },
    { kind: 'ip', forms: ['ip-adress*'], source: MICROSOFT },
    { kind: 'blocklist', forms: ['svartlista*', 'spärrlista*'], source: MICROSOFT },
    { kind: 'message', forms: ['meddelande*', 'e-?post*'], source: GMAIL },
    { kind: 'attachment', forms: ['bilaga*'], source: GMAIL },
    { kind: 'size', forms: ['storlek*'], source: GMAIL },
    { kind: 'storage', forms: ['kvot*', 'lagringsutrymme*', 'utrymme*'], source: GMAIL },
    { kind: 'spam', forms: ['skräppost*', 'spam*'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'skadlig kod'], source: GMAIL },
    { kind: 'auth', forms: ['autentisering*'], source: GMAIL_CODES },
    { kind: 'delivery', forms: ['leverans*'], source: MICROSOFT },
    { kind: 'policy', forms: ['polic(y|ys|yn)', 'riktlinje*'], source: GMAIL_CODES },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'finns inte',
        'okänd*',
        'ogiltig*',
        'hittades inte',
        'gick inte att hitta',
        'existerar inte',
      ],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['inte tillgänglig*', 'otillgänglig*'], source: MICROSOFT },
    { kind: 'full', forms: ['full', 'fullt', 'fulla'], source: GMAIL },
    { kind: 'exceeded', forms: ['överskri(den|dits|tit)', 'har nåtts'], source: GMAIL },
    { kind: 'toolarge', forms: ['för (stor|stort|stora)'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['inaktiverad*', 'avstängd*', 'spärrad*', 'borttagen', 'raderad*'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['blockerad*', 'blockerat'], source: MICROSOFT },
    { kind: 'rejected', forms: ['avvisad*', 'avvisat', 'nekad*', 'nekat'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['inte tillåt*', 'saknar behörighet'], source: MICROSOFT },
    { kind: 'listed', forms: ['listad*', 'listat', 'finns på'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: ['identifierad*', 'upptäckt*', 'klassa(t|d|des|ts)'],
      source: GMAIL,
    },
    { kind: 'failed', forms: ['misslyckade*', 'fel'], source: MICROSOFT },
    { kind: 'expired', forms: ['har gått ut', 'upphört'], source: MICROSOFT },
    { kind: 'temporary', forms: ['tillfällig(t)? (fel|problem)'], source: GMAIL_CODES },
  ],
  negators: ['inte', 'ingen', 'inget', 'inga', 'utan', 'aldrig'],
  boilerplate: [
    {
      forms: [
        'leveransen misslyckades',
        'kunde inte levereras',
        'det här meddelandet (skapades|genererades) automatiskt',
        'diagnostisk information för administratörer',
      ],
      source: MICROSOFT,
    },
    {
      forms: ['kontrollera (e-?post)?adressen', 'försök igen( senare)?'],
      source: GMAIL,
    },
  ],
};
