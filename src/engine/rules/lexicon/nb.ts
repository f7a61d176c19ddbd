/**
 * Norwegian (Bokmål): Gmail's and Microsoft's localised help on returned mail, the wording of
 * their Norwegian notices ("Levering mislyktes", "innboksen er full"). Compound nouns
 * ("e-postadresse", "mottakeradresse") take `*` on the side they join.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=no';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=no';
const MICROSOFT =
  'https://learn.microsoft.com/nb-no/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const NB: Lexicon = {
  language: 'nb',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(postkasse|postkassen|innboks|innboksen)( til mottakeren)? er full',
        'full (postkasse|innboks)',
        'kvote(n)? (er )?(overskredet|brukt opp)',
      ],
      source: GMAIL,
      example: 'Meldingen kunne ikke leveres fordi innboksen til mottakeren er full.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(e-?post)?adresse(n)? finnes ikke',
        '(bruker|brukeren|mottaker|mottakeren|kontoen) finnes ikke',
        'ukjent (bruker|mottaker|adresse)',
        '(fant|kunne) ikke (finne )?(e-?post)?adressen',
      ],
      source: GMAIL,
      example: 'Meldingen kunne ikke leveres: e-postadressen finnes ikke.',
    },
    {
      reason: 'hostunknown',
      forms: ['domene(t)? (finnes ikke|ble ikke funnet)', 'ukjent domene'],
      source: GMAIL,
      example: 'Domenet finnes ikke.',
    },
    {
      reason: 'vacation',
      forms: [
        'fraværende',
        'ikke på kontoret',
        'automatisk svar',
        'autosvar',
        'fraværsmelding',
        'på ferie',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatisk svar: jeg er på ferie til 1. august.',
    },
    {
      reason: 'spamdetected',
      forms: ['(klassifisert|merket|identifisert) som (spam|søppelpost)', 'mistenkt for spam'],
      source: GMAIL,
      example: 'Meldingen din er merket som spam.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['meldingen er for stor', 'for stor melding'],
      source: GMAIL,
      example: 'Meldingen er for stor for innboksen til mottakeren.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['mottaker*'], source: GMAIL },
    { kind: 'sender', forms: ['avsender*'], source: GMAIL },
    { kind: 'mailbox', forms: ['postkasse*', 'innboks*'], source: GMAIL },
    { kind: 'user', forms: ['bruker*'], source: GMAIL },
    { kind: 'address', forms: ['*adresse', '*adressen', '*adresser'], source: GMAIL },
    { kind: 'account', forms: ['konto*'], source: GMAIL },
    { kind: 'domain', forms: ['domene*'], source: GMAIL },
    { kind: 'server', forms: ['*server*'], source: MICROSOFT },
    { kind: 'connection', forms: ['*tilkobling*', '*forbindelse*'], source: MICROSOFT },
    { kind: 'ip', forms: ['ip-adresse*'], source: MICROSOFT },
    { kind: 'blocklist', forms: ['svarteliste*', 'blokkeringsliste*'], source: MICROSOFT },
    { kind: 'message', forms: ['melding*', 'e-?post*'], source: GMAIL },
    { kind: 'attachment', forms: ['vedlegg*'], source: GMAIL },
    { kind: 'size', forms: ['størrelse*'], source: GMAIL },
    { kind: 'storage', forms: ['kvote*', 'lagringsplass*', 'plass'], source: GMAIL },
    { kind: 'spam', forms: ['spam*', 'søppelpost*'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'skadelig programvare'], source: GMAIL },
    { kind: 'auth', forms: ['autentisering*', 'godkjenning*'], source: GMAIL_CODES },
    { kind: 'delivery', forms: ['levering*'], source: MICROSOFT },
    { kind: 'policy', forms: ['retningslinje*', 'policy*'], source: GMAIL_CODES },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'finnes ikke',
        'ukjent*',
        'ugyldig*',
        'ble ikke funnet',
        'fant ikke',
        'kunne ikke finne',
        'eksisterer ikke',
      ],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['ikke tilgjengelig*', 'utilgjengelig*'], source: MICROSOFT },
    { kind: 'full', forms: ['full', 'fullt', 'fulle'], source: GMAIL },
    { kind: 'exceeded', forms: ['overskredet', 'brukt opp'], source: GMAIL },
    { kind: 'toolarge', forms: ['for (stor|stort|store)'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['deaktivert', 'sperret', 'stengt', 'slettet', 'suspendert'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['blokkert'], source: MICROSOFT },
    { kind: 'rejected', forms: ['avvist', 'avviste'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['ikke tillatt', 'har ikke tillatelse'], source: MICROSOFT },
    { kind: 'listed', forms: ['oppført', 'står på'], source: MICROSOFT },
    { kind: 'detected', forms: ['oppdaget', 'funnet', 'klassifisert', 'merket'], source: GMAIL },
    { kind: 'failed', forms: ['mislyktes', 'feil'], source: MICROSOFT },
    { kind: 'expired', forms: ['utløpt'], source: MICROSOFT },
    { kind: 'temporary', forms: ['midlertidig(e)? (feil|problem)'], source: GMAIL_CODES },
  ],
  negators: ['ikke', 'ingen', 'intet', 'uten', 'aldri'],
  boilerplate: [
    {
      forms: [
        'levering(en)? (mislyktes|til disse mottakerne eller gruppene mislyktes)',
        'kunne ikke leveres',
        'denne meldingen ble (opprettet|generert) automatisk',
        'diagnostikkinformasjon for administratorer',
      ],
      source: MICROSOFT,
    },
    { forms: ['kontroller (e-?post)?adressen', 'prøv (igjen|på nytt)( senere)?'], source: GMAIL },
  ],
};
