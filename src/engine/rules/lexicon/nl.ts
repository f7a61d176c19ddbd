/**
 * Dutch: KPN's blocklist help, Dutch hosting providers' help on full mailboxes and returned
 * mail, Gmail's and Microsoft's localised texts. Compound nouns ("e-mailadres", "postvak")
 * take `*` on the side they join.
 */
import type { Lexicon } from './types.ts';

const KPN = 'https://blacklist.kpnmail.nl/Help/17';
const DOMEIN =
  'https://www.domein-registreren.nl/ik-ontvang-geen-emails-meer-mijn-mailbox-zit-vol_807.html';
const INTERNED =
  'https://www.internedservices.nl/faq/wat-doe-ik-als-mijn-mailbox-aangeeft-dat-deze-vol-is/';
const GMAIL = 'https://support.google.com/mail/answer/6596?hl=nl';
const GMAIL_CODES = 'https://support.google.com/a/answer/3726730?hl=nl';
const MICROSOFT =
  'https://learn.microsoft.com/nl-nl/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const NL: Lexicon = {
  language: 'nl',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        '(mailbox|postvak|postbus|inbox)( van de ontvanger)? (is|zit) vol',
        'volle (mailbox|postbus|inbox|postvak)',
        'quotum (overschreden|bereikt)',
      ],
      source: DOMEIN,
      example: 'Het bericht kan niet worden afgeleverd wegens een volle mailbox.',
    },
    {
      reason: 'userunknown',
      forms: [
        '(e-?mail)?adres bestaat niet',
        '(gebruiker|ontvanger|account) (bestaat niet|onbekend)',
        'onbekende (gebruiker|ontvanger|geadresseerde)',
      ],
      source: GMAIL,
      example: 'Het e-mailadres van de ontvanger bestaat niet.',
    },
    {
      reason: 'hostunknown',
      forms: ['domein (bestaat niet|onbekend|niet gevonden)', 'onbekend domein'],
      source: GMAIL,
      example: 'Het domein bestaat niet.',
    },
    {
      reason: 'vacation',
      forms: [
        'afwezig',
        'niet op kantoor',
        'buiten kantoor',
        'automatisch antwoord',
        'afwezigheidsbericht',
        '(met|op) vakantie',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Automatisch antwoord: ik ben met vakantie tot 1 september.',
    },
    {
      reason: 'spamdetected',
      forms: ['(aangemerkt|gemarkeerd|herkend|geclassificeerd) als spam', 'verdacht(e)? van spam'],
      source: GMAIL,
      example: 'Je e-mail is gemarkeerd als spam.',
    },
    {
      reason: 'virusdetected',
      forms: ['virus (gevonden|gedetecteerd|aangetroffen)', 'bevat een virus'],
      source: GMAIL,
      example: 'Het bericht bevat een virus en is geweigerd.',
    },
    {
      reason: 'speeding',
      forms: ['te (snel|vaak) (e-?mails?|berichten)', 'te veel berichten in korte tijd'],
      source: GMAIL_CODES,
      example: 'De gebruiker die u probeert te bereiken, ontvangt te snel e-mails.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['bericht is te groot', 'te groot bericht', 'maximale (bericht)?grootte overschreden'],
      source: GMAIL,
      example: 'Het bericht is te groot voor de inbox van de ontvanger.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['ontvanger*', 'geadresseerde*'], source: GMAIL },
    { kind: 'sender', forms: ['afzender*', 'verzender*'], source: GMAIL },
    { kind: 'sending', forms: ['verzending', 'verzenden'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: ['mailbox*', 'postvak*', 'postbus*', 'inbox', 'brievenbus'],
      source: DOMEIN,
    },
    { kind: 'user', forms: ['gebruiker*'], source: GMAIL },
    { kind: 'address', forms: ['*adres', '*adressen', 'e-?mailadres*'], source: GMAIL },
    { kind: 'domain', forms: ['*domein*', 'domeinnaam'], source: GMAIL },
    { kind: 'server', forms: ['*server*'], source: MICROSOFT },
    { kind: 'service', forms: ['dienst'], source: MICROSOFT },
    { kind: 'system', forms: ['systeem'], source: MICROSOFT },
    { kind: 'network', forms: ['netwerk*'], source: MICROSOFT },
    { kind: 'connection', forms: ['*verbinding*'], source: MICROSOFT },
    { kind: 'ip', forms: ['ip-adres*', 'ip adres*', 'ip'], source: KPN },
    { kind: 'blocklist', forms: ['zwarte lijst', 'blokkadelijst'], source: KPN },
    { kind: 'relay', forms: ['doorsturen'], source: MICROSOFT },
    { kind: 'message', forms: ['bericht*', 'e-?mails?'], source: DOMEIN },
    { kind: 'attachment', forms: ['bijlage*'], source: GMAIL },
    { kind: 'content', forms: ['inhoud'], source: GMAIL },
    { kind: 'size', forms: ['*grootte', 'omvang'], source: GMAIL },
    {
      kind: 'storage',
      forms: ['quot(a|um)', 'opslag*', 'ruimte', 'schijfruimte', 'opslagruimte', 'capaciteit'],
      source: INTERNED,
    },
    { kind: 'rate', forms: ['frequentie', 'snelheid'], source: GMAIL_CODES },
    { kind: 'limit', forms: ['limiet*'], source: GMAIL_CODES },
    { kind: 'spam', forms: ['spam*', '*antispam*', 'ongewenst*'], source: GMAIL },
    { kind: 'virus', forms: ['virus*', 'virussen', 'malware', '*antivirus*'], source: GMAIL },
    { kind: 'auth', forms: ['authenticatie', 'verificatie', 'aanmelding'], source: GMAIL_CODES },
    { kind: 'tls', forms: ['versleuteling', 'encryptie'], source: GMAIL_CODES },
    { kind: 'certificate', forms: ['certifica(at|ten)'], source: GMAIL_CODES },
    { kind: 'ptr', forms: ['ptr-record*'], source: GMAIL_CODES },
    { kind: 'dns', forms: ['(mx|dns)-record*'], source: GMAIL_CODES },
    { kind: 'delivery', forms: ['bezorging', 'aflevering', 'levering'], source: MICROSOFT },
    { kind: 'time', forms: ['tijd', 'termijn'], source: MICROSOFT },
    { kind: 'policy', forms: ['beleid*', 'richtlijn*'], source: GMAIL_CODES },
    { kind: 'filter', forms: ['filter*'], source: GMAIL },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'bestaa(t|n) (er )?niet',
        'onbekend*',
        'ongeldig*',
        'niet gevonden',
        'niet bekend',
        'onjuist*',
        'niet (meer )?geldig',
        'niet geregistreerd',
      ],
      source: GMAIL,
    },
    { kind: 'unavailable', forms: ['niet beschikbaar', 'onbeschikbaar'], source: MICROSOFT },
    { kind: 'unreachable', forms: ['onbereikbaar', 'niet bereikbaar'], source: MICROSOFT },
    {
      kind: 'noaccept',
      forms: [
        'accepteert geen (e-?mails?|berichten|mail)',
        'kan geen (e-?mails?|berichten|mail) ontvangen',
      ],
      source: GMAIL,
    },
    { kind: 'missing', forms: ['ontbreekt', 'ontbrekend*'], source: GMAIL_CODES },
    { kind: 'none', forms: ['geen', 'zonder'], source: GMAIL_CODES },
    { kind: 'full', forms: ['vol', 'overvol', 'onvoldoende'], source: DOMEIN },
    { kind: 'exceeded', forms: ['overschreden', 'overschrijdt', 'bereikt'], source: INTERNED },
    { kind: 'toolarge', forms: ['te groot', 'te lang'], source: GMAIL },
    {
      kind: 'disabled',
      forms: [
        'gedeactiveerd',
        'opgeschort',
        'inactief',
        'uitgeschakeld',
        'opgeheven',
        'verwijderd',
        'gesloten',
        'bevroren',
      ],
      source: GMAIL,
    },
    { kind: 'blocked', forms: ['geblokkeerd*', 'geblokt'], source: KPN },
    {
      kind: 'rejected',
      forms: ['geweigerd*', 'afgewezen*', 'niet geaccepteerd', 'afgekeurd'],
      source: GMAIL,
    },
    {
      kind: 'notallowed',
      forms: [
        'niet toegestaan',
        'verboden',
        'niet geautoriseerd',
        'niet gemachtigd',
        'geen toestemming',
      ],
      source: MICROSOFT,
    },
    { kind: 'listed', forms: ['vermeld', 'staat op', 'opgenomen'], source: KPN },
    { kind: 'moved', forms: ['gewijzigd', 'veranderd', 'verhuisd'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: [
        'gedetecteerd',
        'gevonden',
        'aangetroffen',
        'herkend',
        'aangemerkt',
        'gemarkeerd',
        'geclassificeerd',
        'verdacht*',
        'bevat',
        'gerapporteerd',
        'gemeld',
      ],
      source: GMAIL,
    },
    { kind: 'infected', forms: ['geïnfecteerd', 'besmet'], source: GMAIL },
    { kind: 'toomany', forms: ['te veel', 'teveel', 'buitensporig*'], source: KPN },
    {
      kind: 'timeout',
      forms: ['time-?out', 'tijdslimiet (overschreden|verstreken)'],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['verlopen', 'vervallen', 'verstreken'], source: MICROSOFT },
    { kind: 'failed', forms: ['fout', 'fouten', 'mislukt', 'storing'], source: MICROSOFT },
    { kind: 'required', forms: ['vereist', 'verplicht', 'nodig', 'moet'], source: GMAIL_CODES },
    {
      kind: 'violation',
      forms: ['schendt', 'overtreedt', 'in strijd met', 'schending'],
      source: GMAIL_CODES,
    },
    { kind: 'busy', forms: ['overbelast', 'bezet'], source: GMAIL_CODES },
    {
      kind: 'temporary',
      forms: ['tijdelijk (niet beschikbaar|onbereikbaar)', 'tijdelijk(e)? (fout|probleem|storing)'],
      source: GMAIL_CODES,
    },
  ],
  negators: ['geen', 'niet', 'zonder', 'nooit'],
  boilerplate: [
    {
      forms: [
        'onbestelbaar*',
        'k(an|on) niet worden (bezorgd|afgeleverd)',
        'niet (bezorgd|afgeleverd)',
        'bezorging mislukt',
        'dit bericht is automatisch (gegenereerd|aangemaakt|verzonden)',
      ],
      source: DOMEIN,
    },
    {
      forms: [
        'de externe server (heeft|retourneerde)',
        'diagnostische (gegevens|informatie) voor beheerders',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        'controleer het (e-?mail)?adres*',
        'probeer het (later )?opnieuw',
        'neem contact op met (uw|de) (beheerder|systeembeheerder|helpdesk)',
      ],
      source: GMAIL,
    },
    {
      forms: [
        'gescand op virussen',
        'virusvrij',
        'vertrouwelijk*',
        'als u niet de (beoogde )?(geadresseerde|ontvanger) bent',
      ],
      source: MICROSOFT,
    },
  ],
};
