/**
 * Danish: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Danish notices ("Levering mislykkedes", "postkassen er fuld"). Compound nouns
 * ("e-mailadresse", "modtageradresse") take `*` on the side they join.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=da';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=da';
const MICROSOFT =
  'https://learn.microsoft.com/da-dk/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const DA: Lexicon = {
  language: 'da',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(postkasse|postkassen|indbakke|indbakken)( hos modtageren)? er fuld',
        'fuld (postkasse|indbakke)',
        'kvote(n)? (er )?(overskredet|opbrugt)',
      ],
      source: GMAIL,
      example: 'Meddelelsen kunne ikke leveres, fordi modtagerens postkasse er fuld.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(e-?mail)?adresse(n)? findes ikke',
        '(bruger|brugeren|modtager|modtageren|kontoen) findes ikke',
        'ukendt (bruger|modtager|adresse)',
        'kunne ikke finde (e-?mail)?adressen',
      ],
      source: GMAIL,
      example: 'Meddelelsen kunne ikke leveres: e-mailadressen findes ikke.',
    },
    {
      reason: 'hostunknown',
      forms: ['domæne(t)? (findes ikke|blev ikke fundet)', 'ukendt domæne'],
      source: GMAIL,
      example: 'Domænet findes ikke.',
    },
    {
      reason: 'vacation',
      forms: [
        'fraværende',
        'ikke på kontoret',
        'automatisk svar',
        'autosvar',
        'fraværsbesked',
        'på ferie',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatisk svar: jeg er på ferie indtil 1. august.',
    },
    {
      reason: 'spamdetected',
      forms: ['(klassificeret|markeret|identificeret) som spam', 'mistænkt for spam'],
      source: GMAIL,
      example: 'Din meddelelse er markeret som spam.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['meddelelsen er for stor', 'for stor meddelelse'],
      source: GMAIL,
      example: 'Meddelelsen er for stor til modtagerens indbakke.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['modtager*'], source: GMAIL },
    { kind: 'sender', forms: ['afsender*'], source: GMAIL },
    { kind: 'mailbox', forms: ['postkasse*', 'indbakke*'], source: GMAIL },
    { kind: 'user', forms: ['bruger*'], source: GMAIL },
    { kind: 'address', forms: ['*adresse', '*adressen', '*adresser'], source: GMAIL },
    { kind: 'account', forms: ['konto*'], source: GMAIL },
    { kind: 'domain', forms: ['domæne*'], source: GMAIL },
    { kind: 'server', forms: ['*server*'], source: MICROSOFT },
    { kind: 'connection', forms: ['*forbindelse*'], source: MICROSOFT },
    { kind: 'ip', forms: ['ip-adresse*'], source: MICROSOFT },
    { kind: 'blocklist', forms: ['sortliste*', 'blokeringsliste*'], source: MICROSOFT },
    { kind: 'message', forms: ['meddelelse*', 'e-?mail*', 'besked*'], source: GMAIL },
    { kind: 'attachment', forms: ['vedhæftet fil', 'vedhæftede filer', 'bilag'], source: GMAIL },
    { kind: 'size', forms: ['størrelse*'], source: GMAIL },
    { kind: 'storage', forms: ['kvote*', 'lagerplads*', 'plads'], source: GMAIL },
    { kind: 'spam', forms: ['spam*', 'uønsket post'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'malware'], source: GMAIL },
    { kind: 'auth', forms: ['godkendelse*', 'autentificering*'], source: GMAIL_CODES },
    { kind: 'delivery', forms: ['levering*'], source: MICROSOFT },
    { kind: 'policy', forms: ['politik*', 'retningslinje*'], source: GMAIL_CODES },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'findes ikke',
        'ukendt*',
        'ugyldig*',
        'blev ikke fundet',
        'kunne ikke finde',
        'eksisterer ikke',
      ],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['ikke tilgængelig*', 'utilgængelig*'], source: MICROSOFT },
    { kind: 'full', forms: ['fuld', 'fuldt', 'fulde'], source: GMAIL },
    { kind: 'exceeded', forms: ['overskredet', 'opbrugt'], source: GMAIL },
    { kind: 'toolarge', forms: ['for (stor|stort|store)'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['deaktiveret', 'spærret', 'lukket', 'slettet', 'suspenderet'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['blokeret'], source: MICROSOFT },
    { kind: 'rejected', forms: ['afvist', 'afviste'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['ikke tilladt', 'har ikke tilladelse'], source: MICROSOFT },
    { kind: 'listed', forms: ['opført', 'står på'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: ['registreret', 'fundet', 'klassificeret', 'markeret'],
      source: GMAIL,
    },
    { kind: 'failed', forms: ['mislykkedes', 'fejl'], source: MICROSOFT },
    { kind: 'expired', forms: ['udløbet'], source: MICROSOFT },
    { kind: 'temporary', forms: ['midlertidig(t)? (fejl|problem)'], source: GMAIL_CODES },
  ],
  negators: ['ikke', 'ingen', 'intet', 'uden', 'aldrig'],
  boilerplate: [
    {
      forms: [
        'levering(en)? (mislykkedes|til disse modtagere eller grupper mislykkedes)',
        'kunne ikke leveres',
        'denne meddelelse (blev oprettet|er genereret) automatisk',
        'diagnosticeringsoplysninger til administratorer',
      ],
      source: MICROSOFT,
    },
    { forms: ['kontrollér (e-?mail)?adressen', 'prøv igen( senere)?'], source: GMAIL },
  ],
};
