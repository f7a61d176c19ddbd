/** The customer note in French ("vous"). */
import type { Cause, CustomerWords } from './types.ts';

const LATER: Cause['canDo'] =
  'Rien pour l’instant : un nouvel essai aura lieu. Si cela échoue encore, renvoyez le message plus tard.';
const SETUP: Cause['canDo'] =
  'Rien pour l’instant : il faut modifier la façon dont le message est envoyé, et nous nous en occupons.';
const NEW_ADDRESS =
  'Vérifiez l’orthographe de l’adresse, ou demandez à la personne son adresse actuelle.';
const SMALLER =
  'Renvoyez-le sans pièces jointes volumineuses, par exemple avec un lien vers les fichiers.';

export const CUSTOMER_FR: CustomerWords = {
  language: 'fr',
  name: 'Français',
  failed: {
    named:
      'Votre message à {address} n’a pas pu être remis. La raison : {because} Ce que vous pouvez faire : {canDo}',
    unnamed:
      'Votre message n’a pas pu être remis. La raison : {because} Ce que vous pouvez faire : {canDo}',
  },
  delayed: {
    named:
      'Votre message à {address} n’a pas encore été remis : le serveur d’envoi continue d’essayer, il n’y a donc rien à renvoyer pour l’instant. En cas d’échec définitif, vous recevrez un avis final.',
    unnamed:
      'Votre message n’a pas encore été remis : le serveur d’envoi continue d’essayer, il n’y a donc rien à renvoyer pour l’instant. En cas d’échec définitif, vous recevrez un avis final.',
  },
  reports: {
    delivered: {
      named: 'Votre message à {address} a été remis.',
      unnamed: 'Votre message a été remis.',
    },
    vacation: {
      named:
        'Votre message à {address} a été remis. La réponse que vous avez reçue est automatique (par exemple un message d’absence).',
      unnamed:
        'Votre message a été remis. La réponse que vous avez reçue est automatique (par exemple un message d’absence).',
    },
    feedback: {
      named:
        'Votre message à {address} a été remis, mais le destinataire l’a signalé comme spam. Ce que vous pouvez faire : ne lui envoyez ce genre de message que s’il le demande à nouveau.',
      unnamed:
        'Votre message a été remis, mais le destinataire l’a signalé comme spam. Ce que vous pouvez faire : ne lui envoyez ce genre de message que s’il le demande à nouveau.',
    },
  },
  reasons: {
    userunknown: {
      because: 'cette adresse n’existe pas chez le fournisseur de messagerie du destinataire.',
      canDo: NEW_ADDRESS,
    },
    hostunknown: {
      because: 'la partie de l’adresse après le @ ne reçoit pas d’e-mails.',
      canDo: 'Vérifiez l’adresse après le @, ou demandez à la personne son adresse actuelle.',
    },
    hasmoved: {
      because: 'la personne n’utilise plus cette adresse.',
      canDo: 'Demandez-lui sa nouvelle adresse.',
    },
    suspend: {
      because: 'la boîte aux lettres a été fermée ou désactivée.',
      canDo: 'Contactez la personne autrement et demandez-lui une adresse qui fonctionne.',
    },
    mailboxfull: {
      because: 'la boîte aux lettres du destinataire est pleine.',
      canDo:
        'Attendez un jour ou deux et renvoyez le message, ou prévenez la personne que sa boîte est pleine.',
    },
    exceedlimit: {
      because: 'le message est plus gros que ce que la boîte du destinataire accepte.',
      canDo: SMALLER,
    },
    mesgtoobig: {
      because: 'le message est trop gros pour la messagerie du destinataire.',
      canDo: SMALLER,
    },
    filtered: {
      because: 'un filtre chez le destinataire l’a refusé.',
      canDo:
        'Demandez à la personne d’ajouter votre adresse à ses expéditeurs approuvés, ou de demander à son service informatique de laisser passer vos messages.',
    },
    rejected: {
      because: 'le système du destinataire a refusé l’expéditeur.',
      canDo: SETUP,
    },
    blocked: {
      because: 'le système du destinataire n’accepte pas les messages du serveur qui l’a envoyé.',
      canDo: SETUP,
    },
    badreputation: {
      because: 'le système du destinataire retient pour l’instant les messages du serveur d’envoi.',
      canDo: SETUP,
    },
    requireptr: {
      because: 'il manque au serveur d’envoi un réglage que le système du destinataire exige.',
      canDo: SETUP,
    },
    authfailure: {
      because:
        'le système du destinataire n’a pas pu confirmer que le message venait bien de votre domaine.',
      canDo: SETUP,
    },
    securityerror: {
      because: 'le système du destinataire exige une étape de sécurité que l’envoi n’a pas faite.',
      canDo: SETUP,
    },
    failedstarttls: {
      because:
        'le système du destinataire exige une connexion chiffrée, et elle n’a pas pu être établie.',
      canDo: SETUP,
    },
    policyviolation: {
      because: 'le message enfreint une règle du destinataire, par exemple sur les pièces jointes.',
      canDo:
        'Renvoyez-le sans la pièce jointe, ou demandez à la personne quels fichiers elle accepte.',
    },
    spamdetected: {
      because: 'le système du destinataire l’a pris pour du spam.',
      canDo:
        'Évitez les liens raccourcis et les phrases publicitaires, puis renvoyez-le. Si cela se reproduit, demandez à la personne d’ajouter votre adresse à ses expéditeurs approuvés.',
    },
    virusdetected: {
      because: 'le système du destinataire y a trouvé un virus.',
      canDo:
        'Analysez votre ordinateur et la pièce jointe, puis renvoyez le message sans le fichier infecté.',
    },
    contenterror: {
      because:
        'le message n’est pas construit sous une forme que le système du destinataire accepte.',
      canDo: SETUP,
    },
    notcompliantrfc: {
      because:
        'le message ne respecte pas une norme de messagerie que le système du destinataire vérifie.',
      canDo: SETUP,
    },
    norelaying: {
      because: 'le serveur atteint ne prend pas les messages pour cette adresse.',
      canDo:
        'Vérifiez l’adresse. Si elle est juste, le fournisseur du destinataire doit corriger ses réglages.',
    },
    notaccept: {
      because: 'le domaine du destinataire n’accepte aucun e-mail.',
      canDo: 'Demandez à la personne une autre adresse.',
    },
    toomanyconn: {
      because: 'le système du destinataire était trop occupé pour le prendre.',
      canDo: LATER,
    },
    speeding: {
      because: 'le système du destinataire a reçu trop de messages trop vite.',
      canDo: LATER,
    },
    expired: {
      because: 'le système du destinataire est resté longtemps injoignable.',
      canDo: 'Vérifiez l’adresse, puis renvoyez le message plus tard.',
    },
    networkerror: { because: 'le système du destinataire était injoignable.', canDo: LATER },
    systemerror: {
      because: 'la messagerie du destinataire a eu un problème.',
      canDo: 'Renvoyez le message plus tard.',
    },
    systemfull: {
      because: 'la messagerie du destinataire n’a plus de place.',
      canDo: 'Renvoyez le message plus tard.',
    },
    mailererror: {
      because: 'un programme chez le destinataire a échoué pendant la remise.',
      canDo: 'Renvoyez le message plus tard. Si cela échoue encore, prévenez la personne.',
    },
    syntaxerror: {
      because: 'le système d’envoi et celui de réception ne se sont pas compris.',
      canDo: SETUP,
    },
    onhold: {
      because: 'la remise est en attente pour l’instant.',
      canDo: 'Attendez. S’il n’est pas arrivé demain, renvoyez-le.',
    },
    undefined: {
      because: 'le système du destinataire l’a refusé sans dire pourquoi.',
      canDo:
        'Vérifiez l’adresse et renvoyez le message plus tard. Si cela échoue encore, envoyez-nous le message d’erreur complet.',
    },
    suppressed: {
      because:
        'le système d’envoi n’a pas essayé : après des échecs précédents, l’adresse est sur sa liste d’adresses à ne plus contacter.',
      canDo:
        'Vérifiez que l’adresse est juste. Si oui, demandez-nous de la retirer de cette liste.',
    },
  },
  forwarded: {
    because:
      'l’adresse transfère vos e-mails vers une autre boîte, et le fournisseur de cette boîte a refusé la copie transférée.',
    canDo:
      'Demandez à la personne de recevoir ses e-mails directement, ou l’adresse de la boîte qu’elle utilise vraiment.',
  },
  movedTo:
    'Le serveur indique sa nouvelle adresse, {newAddress} : vérifiez-la avec la personne, puis envoyez-y votre message.',
};
