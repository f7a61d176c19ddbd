/**
 * French: Gmail's and Microsoft's localised texts, Orange / La Poste refusals (often written
 * without accents: "Adresse IP source bloquee", "Message refuse"; the fold matches both).
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/a/answer/3726730?hl=fr';
const GMAIL_HELP = 'https://support.google.com/mail/answer/6596?hl=fr';
const MICROSOFT =
  'https://learn.microsoft.com/fr-fr/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const MICROSOFT_STRINGS = 'https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d';
const ORANGE =
  'https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/552.json#L98';
const LA_POSTE =
  'https://github.com/fm/smtp-codes/blob/f506d3491e380e7538bbe579f69e04482753803e/data/codes/550.json#L1041';
const ORANGE_CODES = 'https://bentonow.com/smtp-errors/orange';
const AROBASE = 'https://www.arobase.org/ecole/erreurs.htm';

export const FR: Lexicon = {
  language: 'fr',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'bo(i|î)te( aux lettres| de réception| mail| e-mail| de messagerie)?( du destinataire)? (est )?(pleine|saturée)',
        'quota de (la )?bo(i|î)te( aux lettres)? (atteint|dépassé)',
      ],
      source: ORANGE,
      example: 'Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
    },
    {
      reason: 'userunknown',
      forms: [
        'destinataire (inconnu|invalide|introuvable)',
        "adresse (d au moins un destinataire|d'au moins un destinataire|destinataire) invalide",
        'utilisateur inconnu',
        'adresse (e-mail |électronique |de messagerie )?introuvable',
        "adresse (e-mail |électronique )?n'existe pas",
      ],
      source: ORANGE,
      example: 'Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    },
    {
      reason: 'hostunknown',
      forms: [
        '(nom de )?domaine (inconnu|introuvable|inexistant)',
        "domaine n'existe pas",
        'hôte inconnu',
      ],
      source: AROBASE,
      example: "Hôte inconnu : le domaine n'existe pas.",
    },
    {
      reason: 'vacation',
      forms: [
        'absente? du bureau',
        'hors du bureau',
        '(je suis|je serai) (actuellement )?(absente?|en congés?|en vacances|en déplacement)',
        'en congés',
        'réponse automatique',
        "message d'absence",
        'de retour (le|à partir du)',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: "Réponse automatique : je suis absente du bureau jusqu'au 2 septembre.",
    },
    {
      reason: 'spamdetected',
      forms: [
        '(identifié|considéré|détecté|classé|reconnu) comme (spam|indésirable|courrier indésirable|pourriel)',
        'suspicion de contenu non sollicité',
      ],
      source: LA_POSTE,
      example: 'Suspicion de contenu non sollicite. Likely unsolicited email. LPN007_510',
    },
    {
      reason: 'virusdetected',
      forms: ['virus (détecté|trouvé)', 'contient un virus', 'infecté par un virus'],
      source: AROBASE,
      example: 'Message refusé : contient un virus.',
    },
    {
      reason: 'mesgtoobig',
      forms: ['message trop (volumineux|gros|lourd)'],
      source: AROBASE,
      example: 'Message trop volumineux pour la boîte du destinataire',
    },
    {
      reason: 'toomanyconn',
      forms: ['trop de connexions'],
      source: ORANGE_CODES,
      example: 'Trop de connexions, veuillez verifier votre configuration',
    },
    {
      reason: 'speeding',
      forms: [
        'trop (rapidement|de messages en peu de temps)',
        "limite d'envoi (atteinte|dépassée)",
      ],
      source: GMAIL,
      example: "L'utilisateur que vous essayez de joindre reçoit des e-mails trop rapidement.",
    },
    {
      reason: 'hasmoved',
      forms: [
        'adresse (électronique |e-mail )?du destinataire a changé',
        'nouvelle adresse (e-mail |électronique )?est',
      ],
      source: MICROSOFT_STRINGS,
      example: "L'adresse électronique du destinataire a changé.",
    },
    {
      reason: 'policyviolation',
      forms: [
        'enfreint (la|les) (politique|règles)',
        'non conforme (à|aux) (la )?(politique|règles)',
      ],
      source: GMAIL,
      example: 'Ce message enfreint les règles de messagerie de example.com.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['destinataire*'], source: GMAIL_HELP },
    { kind: 'sender', forms: ['expéditeur*', 'expéditrice*', 'émetteur*'], source: ORANGE },
    { kind: 'sending', forms: ['envoi', 'envois', 'sortant*'], source: GMAIL },
    {
      kind: 'mailbox',
      forms: [
        'bo(i|î)te( aux lettres| de réception| mail| e-mail| de messagerie| électronique)?',
        'bal',
      ],
      source: ORANGE,
    },
    { kind: 'user', forms: ['utilisateur*', 'usager*', 'abonné*'], source: AROBASE },
    {
      kind: 'address',
      forms: ['adresse*', 'adresse (e-mail|électronique|de messagerie|mail|courriel)*'],
      source: GMAIL_HELP,
    },
    {
      kind: 'account',
      forms: ['compte (de messagerie|e-mail|mail|utilisateur)', 'compte'],
      source: GMAIL_HELP,
    },
    { kind: 'domain', forms: ['domaine*', 'nom de domaine'], source: AROBASE },
    { kind: 'host', forms: ['hôte*'], source: AROBASE },
    { kind: 'server', forms: ['serveur*'], source: MICROSOFT },
    { kind: 'system', forms: ['système'], source: MICROSOFT },
    { kind: 'network', forms: ['réseau*'], source: MICROSOFT },
    { kind: 'connection', forms: ['connexion*'], source: ORANGE_CODES },
    { kind: 'ip', forms: ['adresse ip*', 'ip source'], source: ORANGE },
    { kind: 'blocklist', forms: ['liste(s)? noire(s)?', 'liste(s)? de blocage'], source: ORANGE },
    { kind: 'relay', forms: ['relais', 'relayage'], source: MICROSOFT },
    {
      kind: 'message',
      forms: ['message*', 'courriel*', 'courrier*', 'e-mails?', 'mails?'],
      source: GMAIL_HELP,
    },
    { kind: 'attachment', forms: ['pièces? jointes?', 'fichiers? joints?'], source: GMAIL_HELP },
    { kind: 'content', forms: ['contenu*'], source: LA_POSTE },
    { kind: 'size', forms: ['taille*', 'poids'], source: GMAIL_HELP },
    {
      kind: 'storage',
      forms: [
        'quota*',
        'espace (de stockage|disque)',
        'espace',
        'stockage',
        'capacité*',
        'taille de (la|sa) bo(i|î)te( aux lettres)?',
      ],
      source: ORANGE,
    },
    { kind: 'rate', forms: ['fréquence*', 'débit', 'cadence'], source: GMAIL },
    { kind: 'limit', forms: ['limite*'], source: GMAIL },
    {
      kind: 'spam',
      forms: [
        'spam*',
        '*anti-?spam*',
        'pourriel*',
        'polluriel*',
        'courriers? indésirables?',
        'indésirables?',
      ],
      source: LA_POSTE,
    },
    {
      kind: 'virus',
      forms: ['virus', 'logiciels? malveillants?', '*antivirus', 'maliciel*'],
      source: AROBASE,
    },
    { kind: 'auth', forms: ['authentifi*'], source: GMAIL },
    { kind: 'tls', forms: ['chiffrement'], source: GMAIL },
    { kind: 'certificate', forms: ['certificat*'], source: GMAIL },
    {
      kind: 'ptr',
      forms: ['dns inverse', 'résolution inverse', 'enregistrement ptr'],
      source: GMAIL,
    },
    { kind: 'dns', forms: ['enregistrement (mx|dns)'], source: AROBASE },
    {
      kind: 'delivery',
      forms: ['remise', 'distribution', 'livraison', 'acheminement'],
      source: MICROSOFT,
    },
    { kind: 'time', forms: ['délai*'], source: MICROSOFT },
    { kind: 'policy', forms: ['politique*'], source: GMAIL },
    { kind: 'filter', forms: ['filtre*', '*filtrage'], source: AROBASE },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'inconnu*',
        'invalide*',
        'introuvable*',
        "n'existe (pas|plus)",
        'inexistant*',
        'non valide*',
        'pas valide*',
        '(non|pas) trouvé*',
        "n'a pas été trouvé*",
        'incorrect*',
        'erroné*',
        'non reconnu*',
      ],
      source: GMAIL_HELP,
    },
    {
      kind: 'unavailable',
      forms: ['indisponible*', 'non disponible*', "n'est pas disponible"],
      source: MICROSOFT,
    },
    {
      kind: 'unreachable',
      forms: ['injoignable*', 'inaccessible*', 'pas joignable'],
      source: MICROSOFT,
    },
    {
      kind: 'noaccept',
      forms: [
        "n'accepte (pas|plus|aucun)*",
        "ne peut (pas )?recevoir (de |d')?(e-mails?|messages|courriels)",
      ],
      source: GMAIL_HELP,
    },
    { kind: 'missing', forms: ['manquant*'], source: LA_POSTE },
    { kind: 'none', forms: ['aucun', 'aucune', 'pas de', 'sans'], source: LA_POSTE },
    {
      kind: 'full',
      forms: ['plein', 'pleine', 'pleines', 'saturé*', 'insuffisant*', 'complet', 'complète'],
      source: ORANGE,
    },
    { kind: 'exceeded', forms: ['dépass*', 'atteint*'], source: ORANGE },
    {
      kind: 'toolarge',
      forms: ['trop (volumineux|volumineuse|gros|grosse|grand|grande|lourd|lourde)'],
      source: AROBASE,
    },
    {
      kind: 'disabled',
      forms: [
        'désactivé*',
        'suspendu*',
        'inactif*',
        'inactive*',
        'fermé*',
        'verrouillé*',
        'supprimé*',
        'clôturé*',
        'résilié*',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'blocked', forms: ['bloqué*', 'banni*'], source: ORANGE },
    { kind: 'rejected', forms: ['rejeté*', 'refusé*', 'non accepté*'], source: ORANGE },
    {
      kind: 'notallowed',
      forms: ['non autorisé*', 'pas autorisé*', 'interdit*', 'non permis', 'pas permis'],
      source: MICROSOFT,
    },
    {
      kind: 'listed',
      forms: ['répertorié*', 'listé*', 'figure sur', 'inscrit*', 'est sur'],
      source: ORANGE,
    },
    { kind: 'moved', forms: ['a changé', 'déménagé*'], source: MICROSOFT_STRINGS },
    {
      kind: 'detected',
      forms: [
        'détecté*',
        'trouvé*',
        'identifié*',
        'considéré*',
        'classé*',
        'soupçonné*',
        'suspect*',
        'marqué*',
        'signalé*',
        'contient',
        'contenant',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'infected', forms: ['infecté*', 'contaminé*'], source: AROBASE },
    { kind: 'toomany', forms: ['trop de', 'trop nombreu*', 'excessi*'], source: ORANGE_CODES },
    {
      kind: 'timeout',
      forms: [
        "délai (d'attente )?(dépassé|expiré)",
        'expiration du délai',
        "temps (d'attente )?écoulé",
      ],
      source: MICROSOFT,
    },
    { kind: 'expired', forms: ['expiré*', 'périmé*'], source: MICROSOFT },
    {
      kind: 'failed',
      forms: ['erreur*', 'échec', 'échoué*', 'défaillance', 'panne'],
      source: MICROSOFT,
    },
    {
      kind: 'required',
      forms: ['requis*', 'obligatoire*', 'nécessaire*', 'exigé*', 'doit', 'doivent'],
      source: GMAIL,
    },
    {
      kind: 'violation',
      forms: ['viole*', 'violation*', 'enfrein*', 'non conforme*'],
      source: GMAIL,
    },
    { kind: 'busy', forms: ['surchargé*', 'occupé*'], source: GMAIL },
    {
      kind: 'temporary',
      forms: ['temporairement (indisponible|non disponible)', '(problème|erreur) temporaire'],
      source: GMAIL,
    },
  ],
  negators: ['pas', 'aucun*', 'sans', 'non', 'jamais'],
  boilerplate: [
    {
      forms: [
        'non remis',
        'non distribu(é|able)*',
        'impossible de remettre',
        'échec de (la )?remise( du message)?',
        "notification d'état de (la )?(remise|distribution)",
        'ce message a été (créé|généré) automatiquement',
        "votre message n'a pas (pu )?être (remis|distribué|livré|transmis)",
        "n'a pas pu être remis à (un ou plusieurs|tous les|certains) destinataires",
        "ce message n'a pas été transmis",
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        'le serveur distant a (retourné|renvoyé|répondu)',
        'informations de diagnostic pour les administrateurs',
        'serveur de génération',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        "vérifiez (l'orthographe de )?l'adresse( e-mail| électronique)?( du destinataire)?",
        '(puis )?(réessayez|renvoyez le message)',
        'veuillez (essayer|réessayer) plus tard',
        'contactez votre administrateur',
      ],
      source: GMAIL_HELP,
    },
    {
      forms: [
        '(analysé|vérifié|contrôlé) par (un )?antivirus',
        'sans virus',
        '(est|sont) (strictement )?confidentiel*',
        "si vous n'êtes pas (le )?destinataire",
      ],
      source: AROBASE,
    },
  ],
};
