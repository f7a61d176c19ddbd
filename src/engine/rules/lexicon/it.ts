/**
 * Italian: Libero / Virgilio help on their DSNs, Aruba's hosting and PEC error guides, Gmail's
 * localised texts.
 */
import type { Lexicon } from './types.ts';

const LIBERO =
  'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email';
const LIBERO_FULL = 'http://aiuto.libero.it/articolo/mail/messaggio-di-casella-postale-piena/';
const ARUBA =
  'https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx';
const ARUBA_PEC =
  'https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx';
const ARUBA_BUSINESS =
  'https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta';
const GMAIL = 'https://support.google.com/a/answer/3726730?hl=it';
const MICROSOFT =
  'https://learn.microsoft.com/it-it/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const IT: Lexicon = {
  language: 'it',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'casella( di posta| postale| email| e-mail)?( del destinatario)? (è )?(piena|satura)',
        'spazio (della casella )?esaurito',
      ],
      source: LIBERO_FULL,
      example: 'Impossibile recapitare il messaggio: casella postale piena',
    },
    {
      reason: 'userunknown',
      forms: [
        'utente (sconosciuto|inesistente|non esiste)',
        'destinatario (sconosciuto|inesistente|non valido)',
        'indirizzo( destinatario)? (sconosciuto|inesistente|non esiste|non valido)',
      ],
      source: ARUBA_PEC,
      example: '554 Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto',
    },
    {
      reason: 'hostunknown',
      forms: ['dominio (sconosciuto|inesistente|non esiste|non trovato)'],
      source: LIBERO,
      example: 'Il dominio non esiste o è stato digitato in maniera non corretta',
    },
    {
      reason: 'vacation',
      forms: [
        'fuori (sede|ufficio)',
        'risposta automatica',
        '(sono|sarò) (in ferie|assente|fuori)',
        'in ferie',
        "assente (dall'ufficio|fino)",
        'messaggio di assenza',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Risposta automatica: sono in ferie fino al 20 agosto.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(considerat|classificat|identificat|rilevat|segnalat)(o|a) come (spam|posta indesiderata)',
        'sospetto spam',
      ],
      source: ARUBA_BUSINESS,
      example: 'Il messaggio è stato segnalato come spam',
    },
    {
      reason: 'virusdetected',
      forms: ['contiene (un )?virus', 'virus (rilevato|trovato)'],
      source: LIBERO,
      example: 'Il messaggio contiene un virus ed è stato respinto',
    },
    {
      reason: 'mesgtoobig',
      forms: ['messaggio troppo grande', 'dimensione (massima )?(del messaggio )?superata'],
      source: LIBERO,
      example: 'Dimensione massima del messaggio superata',
    },
    {
      reason: 'speeding',
      forms: ['troppo (velocemente|rapidamente)', 'numero eccessivo di (messaggi|invii)'],
      source: ARUBA_BUSINESS,
      example: 'Invio bloccato per numero eccessivo di messaggi',
    },
    {
      reason: 'policyviolation',
      forms: ['viola (la|le) (policy|politica|politiche|regole)'],
      source: GMAIL,
      example: 'Questo messaggio viola le norme: viola la policy email di example.com',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['destinatari(o|a|i)'], source: LIBERO },
    { kind: 'sender', forms: ['mittente*'], source: ARUBA },
    { kind: 'sending', forms: ['invio', 'invii'], source: ARUBA_BUSINESS },
    {
      kind: 'mailbox',
      forms: ['casella( di posta( elettronica)?| postale| email| e-mail)?', 'caselle'],
      source: LIBERO_FULL,
    },
    { kind: 'user', forms: ['utent(e|i)'], source: ARUBA },
    {
      kind: 'address',
      forms: ['indirizz(o|i)( email| e-mail| di posta( elettronica)?)?'],
      source: LIBERO,
    },
    { kind: 'domain', forms: ['domini(o|i)'], source: LIBERO },
    { kind: 'server', forms: ['server'], source: LIBERO },
    { kind: 'service', forms: ['servizio'], source: LIBERO },
    { kind: 'system', forms: ['sistema'], source: LIBERO },
    { kind: 'network', forms: ['rete'], source: LIBERO },
    { kind: 'connection', forms: ['connession(e|i)', 'collegamento'], source: LIBERO },
    { kind: 'ip', forms: ['indirizzo ip*', 'ip'], source: ARUBA_PEC },
    { kind: 'blocklist', forms: ['lista nera', 'liste nere'], source: ARUBA },
    { kind: 'message', forms: ['messaggi(o)?', 'e-?mail', 'posta'], source: LIBERO },
    { kind: 'attachment', forms: ['allegat(o|i)'], source: LIBERO_FULL },
    { kind: 'content', forms: ['contenut(o|i)'], source: ARUBA },
    { kind: 'size', forms: ['dimension(e|i)'], source: LIBERO },
    {
      kind: 'storage',
      forms: [
        'quota',
        'spazio( di archiviazione| su disco)?',
        'capienza',
        'capacità',
        'archiviazione',
      ],
      source: ARUBA,
    },
    { kind: 'rate', forms: ['frequenza', 'velocità'], source: ARUBA_BUSINESS },
    { kind: 'limit', forms: ['limit(e|i)'], source: ARUBA_BUSINESS },
    {
      kind: 'spam',
      forms: [
        'spam*',
        '*anti-?spam*',
        'posta indesiderata',
        'indesiderat(o|a|i|e)',
        'non richiest(o|a|i|e)',
      ],
      source: LIBERO_FULL,
    },
    {
      kind: 'virus',
      forms: ['virus', 'malware', '*antivirus', 'software dannoso', 'codice malevolo'],
      source: LIBERO,
    },
    { kind: 'auth', forms: ['autenticazione', 'autentica*'], source: ARUBA_PEC },
    { kind: 'tls', forms: ['crittografia', 'cifratura'], source: GMAIL },
    { kind: 'certificate', forms: ['certificat(o|i)'], source: GMAIL },
    { kind: 'ptr', forms: ['dns inverso', 'record ptr'], source: GMAIL },
    { kind: 'dns', forms: ['record (mx|dns)'], source: LIBERO },
    { kind: 'delivery', forms: ['consegna', 'recapito'], source: LIBERO },
    { kind: 'time', forms: ['tempo'], source: LIBERO },
    { kind: 'policy', forms: ['politic(a|he)', 'policy'], source: ARUBA_BUSINESS },
    { kind: 'filter', forms: ['filtr(o|i)'], source: ARUBA },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'sconosciut*',
        'inesistent*',
        'non esiste*',
        'non valid*',
        'non trovat*',
        'non è stato trovat*',
        'errat*',
        'non riconosciut*',
        'non registrat*',
      ],
      source: LIBERO,
    },
    { kind: 'unavailable', forms: ['non disponibil*', 'indisponibil*'], source: LIBERO },
    { kind: 'unreachable', forms: ['irraggiungibil*', 'non raggiungibil*'], source: LIBERO },
    {
      kind: 'noaccept',
      forms: ['non (accetta|può ricevere) (messaggi|email|e-mail|posta)'],
      source: LIBERO_FULL,
    },
    { kind: 'missing', forms: ['mancant*'], source: GMAIL },
    { kind: 'none', forms: ['nessun*', 'senza'], source: GMAIL },
    {
      kind: 'full',
      forms: ['piena', 'pieno', 'satur*', 'esaurit*', 'insufficient*'],
      source: LIBERO_FULL,
    },
    {
      kind: 'exceeded',
      forms: ['superat*', 'supera', 'ecced*', 'oltrepass*', 'raggiunt*'],
      source: LIBERO,
    },
    { kind: 'toolarge', forms: ['troppo (grande|grandi|pesante)'], source: LIBERO },
    {
      kind: 'disabled',
      forms: [
        'disattivat*',
        'sospes(o|a)',
        'inattiv*',
        'disabilitat*',
        'chius(o|a)',
        'cancellat*',
        'eliminat*',
      ],
      source: ARUBA,
    },
    { kind: 'blocked', forms: ['bloccat*', 'blocca'], source: ARUBA_PEC },
    {
      kind: 'rejected',
      forms: ['rifiutat*', 'respint*', 'negat*', 'non accettat*'],
      source: ARUBA_PEC,
    },
    {
      kind: 'notallowed',
      forms: ['non consentit*', 'non permess*', 'non autorizzat*', 'vietat*', 'proibit*'],
      source: LIBERO,
    },
    {
      kind: 'listed',
      forms: ['elencat*', 'inserit*', 'presente (in|nella)', 'è (in|nella)'],
      source: ARUBA,
    },
    { kind: 'moved', forms: ['cambiat*', 'trasferit*'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: [
        'rilevat*',
        'trovat*',
        'identificat*',
        'considerat*',
        'classificat*',
        'segnalat*',
        'sospett*',
        'contiene',
        'contenente',
      ],
      source: ARUBA_BUSINESS,
    },
    { kind: 'infected', forms: ['infett*'], source: LIBERO },
    { kind: 'toomany', forms: ['troppi', 'troppe', 'eccessiv*'], source: ARUBA_BUSINESS },
    {
      kind: 'timeout',
      forms: ['tempo (di attesa )?(scaduto|esaurito)', 'timeout'],
      source: LIBERO,
    },
    { kind: 'expired', forms: ['scadut*'], source: LIBERO },
    {
      kind: 'failed',
      forms: ['errore*', 'errori', 'fallit*', 'non riuscit*', 'guasto'],
      source: LIBERO,
    },
    {
      kind: 'required',
      forms: ['richiest*', 'necessari*', 'obbligatori*', 'deve'],
      source: ARUBA_PEC,
    },
    { kind: 'violation', forms: ['viola', 'violano', 'violazione*'], source: ARUBA_BUSINESS },
    { kind: 'busy', forms: ['occupat*', 'sovraccaric*'], source: LIBERO },
    {
      kind: 'temporary',
      forms: ['temporaneamente non disponibile', '(errore|problema) temporane(o|a)'],
      source: LIBERO,
    },
  ],
  negators: ['non', 'nessun*', 'senza'],
  boilerplate: [
    {
      forms: [
        'non recapitat*',
        'non recapitabile',
        'impossibile recapitare',
        'mancata consegna',
        'consegna non riuscita',
        'notifica (sullo )?stato (di|della) consegna',
        'questo messaggio è stato (creato|generato) automaticamente',
        'messaggio rifiutato dal sistema',
      ],
      source: LIBERO,
    },
    {
      forms: [
        'il server remoto ha (restituito|risposto)',
        'informazioni di diagnostica per gli amministratori',
        'server di generazione',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        "verifica(re)? (l'|che l')indirizzo*",
        "controlla(re)? l'indirizzo*",
        'riprova(re)?( più tardi| in un secondo tempo)?',
        "contatta(re)? (il tuo |l')?amministratore",
      ],
      source: LIBERO,
    },
    {
      forms: [
        '(controllat|verificat|scansionat)(o|a) (da|con) (un )?antivirus',
        'privo di virus',
        '(è|sono) (riservat|confidenzial)*',
        'se non (sei|siete|è) il destinatario',
      ],
      source: ARUBA,
    },
  ],
};
