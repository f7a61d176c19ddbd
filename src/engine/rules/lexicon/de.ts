/**
 * German: Gmail's and Microsoft's localised texts, GMX / WEB.DE / T-Online wordings. Nouns come
 * as compound parts (`*adresse` in "Empfängeradresse", "Absenderadresse"); ä ö ü ß also match
 * as ae oe ue ss ("Empfaenger", "ueberschritten").
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/a/answer/3726730?hl=de';
const GMAIL_HELP = 'https://support.google.com/mail/answer/6596?hl=de';
const MICROSOFT =
  'https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const GMX = 'https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/';
const WEBDE =
  'http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html';
const MAILFR = 'https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails';

export const DE: Lexicon = {
  language: 'de',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'postf(a|ä)ch (des empfängers )?(ist )?(voll|überfüllt|übervoll)',
        'speicher(platz|volumen|kapazität) (ist )?(voll|erschöpft|ausgeschöpft|überschritten)',
        'speichervolumen überschritten',
        'volles postfach',
      ],
      source: WEBDE,
      example: 'Benutzer hat das Speichervolumen ueberschritten.',
    },
    {
      reason: 'userunknown',
      forms: [
        'benutzer (ist )?(nicht bekannt|unbekannt)',
        'empfänger (ist )?unbekannt',
        'unbekannte(r|n)? (benutzer|empfänger|e-mail-adresse)',
        'e-mail-adresse (existiert nicht|wurde nicht gefunden|ist ungültig)',
      ],
      source: WEBDE,
      example: '550 Benutzer nicht bekannt/User unknown',
    },
    {
      reason: 'hostunknown',
      forms: ['domain (existiert nicht|nicht gefunden|ist unbekannt)', 'unbekannte domain'],
      source: MAILFR,
      example: 'Die Domain existiert nicht.',
    },
    {
      reason: 'vacation',
      forms: [
        'abwesenheits(notiz|nachricht|meldung|assistent)*',
        'abwesend',
        'nicht im büro',
        'außer haus',
        '(im|in den|in meinem) urlaub',
        'urlaubsbedingt',
        'automatische antwort',
        'autoantwort',
        'wieder im büro',
        'eingeschränkte(m|n)? zugriff auf (meine )?e-mails',
      ],
      source:
        'https://www.ionos.de/hilfe/e-mail/glossar-e-mail-fachbegriffe-verstaendlich-erklaert/abwesenheitsnotiz-kurz-erklaert/',
      example: 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 3. Mai im Urlaub.',
    },
    {
      reason: 'spamdetected',
      forms: [
        'als spam (eingestuft|erkannt|markiert|klassifiziert|gewertet|abgelehnt|abgewiesen)',
        'spamverdacht',
        'verdacht auf spam',
      ],
      source: GMAIL_HELP,
      example: 'Ihre Nachricht wurde als Spam eingestuft.',
    },
    {
      reason: 'virusdetected',
      forms: [
        '(virus|viren|schadsoftware) (gefunden|erkannt|entdeckt)',
        'virenbefall',
        'mit (einem )?virus infiziert',
        'enthält (einen|ein) (virus|schadprogramm|schadsoftware)',
      ],
      source: MAILFR,
      example: 'Die Nachricht enthält einen Virus und wurde abgewiesen.',
    },
    {
      reason: 'speeding',
      forms: [
        'zu viele (nachrichten|e-mails|mails) in (zu )?kurzer zeit',
        'sende(limit|grenze|beschränkung|kontingent)*',
        'erhält zu (schnell|rasch) e-mails',
      ],
      source: GMX,
      example: 'Der Nutzer, den Sie kontaktieren möchten, erhält zu schnell E-Mails.',
    },
    {
      reason: 'policyviolation',
      forms: ['verstößt gegen (die |unsere )?(e-mail-)?richtlinien'],
      source: GMAIL,
      example: '550 5.7.1 Diese Nachricht verstößt gegen die E-Mail-Richtlinien von example.com.',
    },
    {
      reason: 'filtered',
      forms: [
        'vom empfänger (abgelehnt|blockiert|zurückgewiesen)',
        'keine e-mails von ihnen (empfangen|erhalten)',
      ],
      source: GMAIL_HELP,
      example: 'Der Empfänger hat festgelegt, dass er keine E-Mails von Ihnen empfangen möchte.',
    },
    {
      reason: 'systemerror',
      forms: ['vorübergehendes systemproblem', 'temporärer systemfehler', 'interner serverfehler'],
      source: GMAIL,
      example: '421 4.7.0 Vorübergehendes Systemproblem. Versuchen Sie es später noch einmal.',
    },
    {
      reason: 'hasmoved',
      forms: ['(ist|sind) umgezogen', 'neue (e-mail-)?adresse lautet'],
      source: MICROSOFT,
      example: 'Der Empfänger ist umgezogen, die neue Adresse lautet bob@example.org.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['*empfänger*', 'adressat*', 'zieladresse*'], source: GMAIL_HELP },
    { kind: 'sender', forms: ['*absender*', 'versender*'], source: MICROSOFT },
    { kind: 'sending', forms: ['versand', 'sende', 'ausgehende'], source: GMX },
    { kind: 'mailbox', forms: ['*postf(a|ä)ch*', '*posteingang*', 'mailbox*'], source: GMAIL_HELP },
    { kind: 'user', forms: ['*benutzer*', '*nutzer*', 'anwender*', 'teilnehmer*'], source: WEBDE },
    { kind: 'address', forms: ['*adresse', '*adressen', 'e-mail-adresse*'], source: GMAIL_HELP },
    { kind: 'account', forms: ['*konto', '*kontos', '*konten', '*account*'], source: GMAIL_HELP },
    { kind: 'domain', forms: ['*domain*', '*domäne*'], source: MAILFR },
    { kind: 'host', forms: ['rechner*', 'zielhost*'], source: MAILFR },
    { kind: 'server', forms: ['*server*'], source: MAILFR },
    { kind: 'service', forms: ['dienst'], source: MAILFR },
    { kind: 'network', forms: ['netzwerk*'], source: MAILFR },
    { kind: 'connection', forms: ['*verbindung*'], source: MAILFR },
    { kind: 'ip', forms: ['ip-adresse*', 'ip adresse*', 'ihre ip'], source: GMAIL },
    {
      kind: 'blocklist',
      forms: ['sperrliste*', 'schwarze(n)? liste', 'blockliste*', 'blacklist*'],
      source: GMX,
    },
    { kind: 'message', forms: ['*nachricht*', 'mails?', 'e-mails?'], source: GMAIL_HELP },
    { kind: 'attachment', forms: ['*anh(a|ä)ng*', 'anlage*'], source: GMAIL_HELP },
    { kind: 'content', forms: ['inhalt*', 'nachrichteninhalt*'], source: GMAIL_HELP },
    { kind: 'size', forms: ['*größe*', 'nachrichtengröße*'], source: GMAIL_HELP },
    {
      kind: 'storage',
      forms: ['*speicher*', 'kontingent*', 'quota', 'postfachgröße*', 'kapazität*'],
      source: WEBDE,
    },
    { kind: 'rate', forms: ['frequenz', 'sendefrequenz', 'geschwindigkeit'], source: GMAIL },
    { kind: 'limit', forms: ['*limit', 'grenze', '*beschränkung'], source: GMAIL },
    { kind: 'spam', forms: ['*spam*', 'werbe(mail|nachricht)*'], source: GMAIL_HELP },
    {
      kind: 'virus',
      forms: ['*virus', '*viren*', 'schadsoftware', 'schadprogramm*', 'trojaner'],
      source: MAILFR,
    },
    { kind: 'auth', forms: ['authentifizierung*', 'authentisierung*', 'anmeldung'], source: GMAIL },
    {
      kind: 'authrecord',
      forms: ['spf-prüfung', 'dkim-signatur', 'dmarc-richtlinie*'],
      source: GMAIL,
    },
    { kind: 'tls', forms: ['verschlüsselung*'], source: GMAIL },
    { kind: 'certificate', forms: ['zertifikat*'], source: GMAIL },
    { kind: 'ptr', forms: ['ptr-eintrag*', 'reverse-dns*', 'rückwärtsauflösung'], source: GMAIL },
    { kind: 'dns', forms: ['mx-eintrag*', 'dns-eintrag*', 'mx-record*'], source: MAILFR },
    {
      kind: 'delivery',
      forms: ['*zustellung*', 'zustellzeit', 'zustellversuch*', 'auslieferung*'],
      source: MICROSOFT,
    },
    { kind: 'time', forms: ['zeit', 'frist'], source: MICROSOFT },
    { kind: 'policy', forms: ['*richtlinie*'], source: GMAIL },
    { kind: 'filter', forms: ['*filter*'], source: MAILFR },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'unbekannt*',
        'ungültig*',
        'nicht gefunden',
        'existier(t|en) nicht( mehr)?',
        'gibt es nicht',
        'nicht vorhanden',
        'nicht existent*',
        'nicht existierend*',
        'nicht bekannt',
        'falsch*',
        'nicht registriert',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'unavailable', forms: ['nicht verfügbar'], source: MAILFR },
    { kind: 'unreachable', forms: ['nicht erreichbar', 'unerreichbar*'], source: MAILFR },
    {
      kind: 'noaccept',
      forms: [
        'nimmt keine (e-mails|nachrichten|mails) (an|entgegen)',
        'akzeptiert keine (e-mails|nachrichten|mails)',
        'kann keine (e-mails|nachrichten|mails) empfangen',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'missing', forms: ['fehlt', 'fehlend*'], source: GMAIL },
    { kind: 'none', forms: ['kein', 'keine', 'keinen', 'ohne'], source: GMAIL },
    {
      kind: 'full',
      forms: [
        'voll',
        'überfüllt',
        'übervoll',
        'erschöpft',
        'ausgeschöpft',
        'nicht genügend',
        'unzureichend*',
      ],
      source: WEBDE,
    },
    {
      kind: 'exceeded',
      forms: ['überschritten', 'überschreitet', 'überschreiten', 'erreicht'],
      source: WEBDE,
    },
    { kind: 'toolarge', forms: ['zu groß', 'übergroß*', 'größer als'], source: GMAIL_HELP },
    {
      kind: 'disabled',
      forms: [
        'deaktiviert*',
        'inaktiv*',
        'stillgelegt*',
        'gekündigt*',
        'geschlossen',
        'gelöscht',
        'aufgelöst',
        'eingefroren',
        'abgeschaltet',
      ],
      source: MAILFR,
    },
    { kind: 'blocked', forms: ['gesperrt*', 'blockiert*', 'geblockt*', 'gebannt'], source: GMAIL },
    {
      kind: 'rejected',
      forms: [
        'abgelehnt*',
        'abgewiesen*',
        'zurückgewiesen*',
        'verweigert*',
        'nicht angenommen',
        'nicht akzeptiert',
      ],
      source: MAILFR,
    },
    {
      kind: 'notallowed',
      forms: [
        'nicht erlaubt',
        'nicht gestattet',
        'nicht zulässig',
        'unzulässig*',
        'verboten*',
        'nicht berechtigt',
        'nicht autorisiert',
        'keine berechtigung',
      ],
      source: MAILFR,
    },
    {
      kind: 'listed',
      forms: ['gelistet', 'eingetragen', 'aufgeführt', 'verzeichnet', 'steht auf', 'steht in'],
      source: GMX,
    },
    { kind: 'moved', forms: ['umgezogen', 'geändert', 'verlegt'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: [
        'erkannt',
        'gefunden',
        'entdeckt',
        'eingestuft',
        'klassifiziert',
        'markiert',
        'festgestellt',
        'enthält',
        'enthielt',
        'verdacht*',
        'verdächtig*',
        'identifiziert',
        'gemeldet',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'infected', forms: ['infiziert*', 'verseucht*', 'befallen'], source: MAILFR },
    { kind: 'toomany', forms: ['zu viele', 'zuviele', 'übermäßig*'], source: GMX },
    {
      kind: 'timeout',
      forms: ['zeitüberschreitung*', 'zeitlimit überschritten'],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['abgelaufen*', 'verfallen*'], source: MICROSOFT },
    {
      kind: 'failed',
      forms: ['fehler*', 'fehlgeschlagen*', 'gescheitert*', 'störung*', 'misslungen'],
      source: MICROSOFT,
    },
    {
      kind: 'required',
      forms: ['erforderlich*', 'benötigt', 'notwendig*', 'muss', 'müssen'],
      source: GMAIL,
    },
    { kind: 'violation', forms: ['verstößt*', 'verstoß*', 'verletzt*'], source: GMAIL },
    { kind: 'busy', forms: ['ausgelastet', 'überlastet'], source: GMAIL },
    {
      kind: 'temporary',
      forms: [
        'vorübergehend nicht verfügbar',
        'vorübergehendes (system)?problem',
        'temporärer fehler',
      ],
      source: GMAIL,
    },
  ],
  negators: ['kein*', 'nicht', 'ohne', 'nie'],
  boilerplate: [
    {
      forms: [
        '*unzustellbar*',
        'nicht zustellbar',
        'diese (nachricht|e-mail) wurde automatisch (erstellt|erzeugt|generiert)',
        '(die |ihre )?nachricht konnte nicht (an (einen|alle|einige) (oder mehrere )?empfänger )?zugestellt werden',
        'ihre nachricht hat (einige oder alle|den|die) empfänger nicht erreicht',
        'benachrichtigung über den zustellstatus*',
        'zustellung fehlgeschlagen',
        'zustellfehler',
        'übermittlungsfehler',
        'rückläufer',
      ],
      source: GMAIL_HELP,
    },
    {
      forms: [
        'vom remoteserver wurde',
        'remoteserver hat',
        'zurückgegeben',
        'diagnoseinformationen für administratoren',
        'generierender server',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        '(überprüfen|prüfen) sie (bitte )?die (schreibweise|e-mail-adresse|adresse)( des empfängers)?',
        'versuchen sie es (später )?(noch einmal|erneut)',
        'wenden sie sich an ihren (e-mail-)?administrator',
        'weitere informationen finden sie',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        'auf viren (überprüft|geprüft|gescannt|untersucht)',
        'viren(frei|geprüft)',
        'diese (e-mail|nachricht) (enthält|kann) vertrauliche',
        'vertrauliche (und/oder rechtlich geschützte )?informationen',
        'wenn sie nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger)',
      ],
      source: 'http://www.damaschke.de/notizen/das-hatten-sie-nicht-lesen-durfen/',
    },
  ],
};
