/**
 * Finnish: Gmail's and Microsoft's localised help on returned mail, the wording of their
 * Finnish notices ("Toimitus epäonnistui", "postilaatikko on täynnä"). Finnish inflects by
 * endings: stems take `*` ("vastaanottaja*" is also "vastaanottajan"). It denies with a verb
 * ("ei ole olemassa"), which the forms spell out whole; no lone negator is listed.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/mail/answer/6596?hl=fi';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=fi';
const MICROSOFT =
  'https://learn.microsoft.com/fi-fi/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const FI: Lexicon = {
  language: 'fi',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(sähkö)?postilaatikko on täynnä',
        '(saapuneet-kansio|postilaatikkonsa) on täynnä',
        'kiintiö (on )?(täynnä|ylittynyt|ylitetty)',
      ],
      source: GMAIL,
      example: 'Viestiä ei voitu toimittaa, koska vastaanottajan postilaatikko on täynnä.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(sähköposti)?osoitetta ei ole olemassa',
        '(käyttäjää|vastaanottajaa|tiliä|osoitetta) ei (ole olemassa|löydy|löytynyt)',
        'tuntematon (käyttäjä|vastaanottaja|osoite)',
      ],
      source: GMAIL,
      example: 'Viestiä ei voitu toimittaa: sähköpostiosoitetta ei ole olemassa.',
    },
    {
      reason: 'hostunknown',
      forms: [
        '(verkkotunnusta|toimialuetta) ei (ole olemassa|löydy|löytynyt)',
        'tuntematon verkkotunnus',
      ],
      source: GMAIL,
      example: 'Verkkotunnusta ei ole olemassa.',
    },
    {
      reason: 'vacation',
      forms: ['poissa toimistolta', 'lomalla', 'automaattinen vastaus', 'poissaoloviesti'],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automaattinen vastaus: olen lomalla 1. elokuuta asti.',
    },
    {
      reason: 'spamdetected',
      forms: ['(luokiteltu|merkitty|tunnistettu) roskapostiksi', 'epäilty roskaposti*'],
      source: GMAIL,
      example: 'Viestisi on luokiteltu roskapostiksi.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['viesti on liian suuri', 'liian suuri viesti'],
      source: GMAIL,
      example: 'Viesti on liian suuri vastaanottajan postilaatikkoon.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['vastaanottaja*'], source: GMAIL },
    { kind: 'sender', forms: ['lähettäjä*'], source: GMAIL },
    { kind: 'mailbox', forms: ['*postilaatikko*', 'saapuneet-kansio*'], source: GMAIL },
    { kind: 'user', forms: ['käyttäjä*'], source: GMAIL },
    { kind: 'address', forms: ['*osoite*', '*osoitetta'], source: GMAIL },
    { kind: 'account', forms: ['tili*'], source: GMAIL },
    { kind: 'domain', forms: ['verkkotunnu*', 'toimialue*'], source: GMAIL },
    { kind: 'server', forms: ['*palvelin*'], source: MICROSOFT },
    { kind: 'connection', forms: ['*yhteys*', '*yhteyden*'], source: MICROSOFT },
    { kind: 'message', forms: ['viesti*', 'sähköposti*'], source: GMAIL },
    { kind: 'attachment', forms: ['liite*'], source: GMAIL },
    { kind: 'size', forms: ['koko*'], source: GMAIL },
    { kind: 'storage', forms: ['kiintiö*', 'tallennustila*'], source: GMAIL },
    { kind: 'spam', forms: ['roskaposti*', 'spam*'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'haittaohjelma*'], source: GMAIL },
    { kind: 'delivery', forms: ['toimitus*', 'toimituksen'], source: MICROSOFT },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: ['ei ole olemassa', 'ei löydy', 'ei löytynyt', 'tuntematon', 'virheellinen'],
      source: GMAIL,
    },
    {
      kind: 'unavailable',
      forms: ['ei ole käytettävissä', 'ei ole saatavilla'],
      source: MICROSOFT,
    },
    { kind: 'full', forms: ['täynnä'], source: GMAIL },
    { kind: 'exceeded', forms: ['ylittynyt', 'ylitetty', 'ylitti'], source: GMAIL },
    { kind: 'toolarge', forms: ['liian suuri', 'liian iso'], source: GMAIL },
    {
      kind: 'disabled',
      forms: ['poistettu käytöstä', 'suljettu', 'jäädytetty', 'poistettu'],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['estetty', 'estettiin'], source: MICROSOFT },
    { kind: 'rejected', forms: ['hylätty', 'hylättiin', 'hylkäsi'], source: MICROSOFT },
    { kind: 'notallowed', forms: ['ei ole sallittu', 'ei oikeutta'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: ['havaittu', 'havaittiin', 'tunnistettu', 'luokiteltu'],
      source: GMAIL,
    },
    { kind: 'failed', forms: ['epäonnistui', 'virhe'], source: MICROSOFT },
    { kind: 'expired', forms: ['vanhentunut', 'vanheni'], source: MICROSOFT },
    {
      kind: 'temporary',
      forms: ['tilapäinen (virhe|ongelma)', 'väliaikainen (virhe|ongelma)'],
      source: GMAIL_CODES,
    },
  ],
  negators: [],
  boilerplate: [
    {
      forms: [
        'toimitus (epäonnistui|näille vastaanottajille tai ryhmille epäonnistui)',
        'ei voitu toimittaa',
        'tämä viesti on luotu automaattisesti',
        'diagnostiikkatiedot järjestelmänvalvojille',
      ],
      source: MICROSOFT,
    },
    { forms: ['tarkista (sähköposti)?osoite', 'yritä (myöhemmin )?uudelleen'], source: GMAIL },
  ],
};
