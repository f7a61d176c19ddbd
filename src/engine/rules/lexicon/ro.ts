/**
 * Romanian: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Romanian notices ("Livrarea a eșuat", "căsuța poștală este plină"). Nouns and participles
 * are stems (`destinatar*`, `dezactivat*`) to take the article and the genders ("destinatarului",
 * "dezactivată"); ș and ț, with comma or cedilla, fold to s and t as keyboards without them
 * write them. "Nu" before an assertion denies it ("nu a fost detectat").
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=ro';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=ro';
const MICROSOFT =
  'https://learn.microsoft.com/ro-ro/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const RO: Lexicon = {
  language: 'ro',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(căsuța|cutia) poștală( a destinatarului)? (este )?plină',
        '(cota|spațiul de stocare)( destinatarului)? (a fost )?depășit(ă)?',
      ],
      source: GMAIL,
      example: 'Mesajul nu a putut fi livrat deoarece căsuța poștală a destinatarului este plină.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(adresa|utilizatorul|destinatarul|contul) nu există',
        'adresa de e-mail nu (există|a fost găsită)',
        '(utilizator|destinatar) necunoscut',
        'adresă necunoscută',
      ],
      source: GMAIL,
      example: 'Adresa de e-mail nu a fost găsită.',
    },
    {
      reason: 'hostunknown',
      forms: ['domeniul nu există', 'domeniu necunoscut'],
      source: GMAIL,
      example: 'Domeniul nu există.',
    },
    {
      reason: 'vacation',
      forms: ['răspuns automat', 'în concediu', 'în afara biroului'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Răspuns automat: sunt în concediu până luni.',
    },
    {
      reason: 'spamdetected',
      forms: ['(marcat|identificat|detectat)(ă)? ca spam', 'mesaj nesolicitat'],
      source: GMAIL,
      example: 'Mesajul dvs. a fost marcat ca spam.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['mesajul (este )?prea mare', 'mesaj prea mare'],
      source: GMAIL,
      example: 'Mesajul este prea mare.',
    },
    {
      reason: 'suspend',
      forms: [
        'contul( destinatarului)? (a fost )?(dezactivat|suspendat)',
        'cont (dezactivat|suspendat)',
      ],
      source: GMAIL,
      example: 'Contul destinatarului a fost dezactivat.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['destinatar*'], source: GMAIL },
    { kind: 'sender', forms: ['expeditor*'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: ['căsuț* poștal*', 'cutia poștală', 'cutiei poștale'],
      source: GMAIL,
    },
    { kind: 'user', forms: ['utilizator*'], source: GMAIL },
    { kind: 'address', forms: ['adresa', 'adresei', 'adresa de e-mail'], source: GMAIL },
    { kind: 'account', forms: ['contul', 'cont', 'contului'], source: GMAIL },
    { kind: 'domain', forms: ['domeni*'], source: GMAIL },
    { kind: 'server', forms: ['server*'], source: MICROSOFT },
    { kind: 'connection', forms: ['conexiun*'], source: MICROSOFT },
    { kind: 'message', forms: ['mesaj*'], source: GMAIL },
    { kind: 'attachment', forms: ['atașament*'], source: GMAIL },
    { kind: 'size', forms: ['dimensiun*', 'mărime*'], source: GMAIL },
    { kind: 'storage', forms: ['cota', 'cotei', 'spațiu* de stocare'], source: GMAIL },
    { kind: 'spam', forms: ['spam*'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'malware'], source: GMAIL },
    { kind: 'delivery', forms: ['livrar*'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['nu există', 'nu a fost găsit*', 'necunoscut*', 'invalid*'],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['indisponibil*'], source: MICROSOFT },
    { kind: 'full', forms: ['plin', 'plină'], source: GMAIL },
    { kind: 'exceeded', forms: ['depășit*', 'depășește'], source: GMAIL },
    { kind: 'toolarge', forms: ['prea mare'], source: GMAIL },
    { kind: 'disabled', forms: ['dezactivat*', 'suspendat*'], source: GMAIL },
    { kind: 'blocked', forms: ['blocat*'], source: MICROSOFT },
    { kind: 'rejected', forms: ['respins*'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['nu este permis*'], source: MICROSOFT },
    { kind: 'detected', forms: ['detectat*', 'identificat*', 'marcat*'], source: GMAIL },
    { kind: 'failed', forms: ['eșuat*', 'a eșuat', 'eroare'], source: MICROSOFT },
    { kind: 'expired', forms: ['expirat*'], source: MICROSOFT },
    { kind: 'temporary', forms: ['eroare temporară', 'problemă temporară'], source: GMAIL_CODES },
  ],
  negators: ['nu', 'niciun', 'nicio', 'fără'],
  boilerplate: [
    {
      forms: [
        'livrarea (a eșuat|către acești destinatari sau grupuri a eșuat)',
        'acest mesaj a fost creat automat',
        'informații de diagnosticare pentru administratori',
      ],
      source: MICROSOFT,
    },
    { forms: ['verificați adresa', 'încercați din nou mai târziu'], source: GMAIL },
  ],
};
