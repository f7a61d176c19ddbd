/** The customer note in German (formal "Sie"). */
import type { Cause, CustomerWords } from './types.ts';

const LATER: Cause['canDo'] =
  'Im Moment nichts: Es wird erneut versucht. Klappt es weiterhin nicht, senden Sie die Nachricht später noch einmal.';
const SETUP: Cause['canDo'] =
  'Noch nichts: Dafür muss am Versand etwas geändert werden, und darum kümmern wir uns.';
const NEW_ADDRESS =
  'Prüfen Sie die Schreibweise der Adresse oder fragen Sie die Person nach ihrer aktuellen Adresse.';
const SMALLER =
  'Senden Sie die Nachricht ohne große Anhänge noch einmal, zum Beispiel mit einem Link zu den Dateien.';

export const CUSTOMER_DE: CustomerWords = {
  language: 'de',
  name: 'Deutsch',
  failed: {
    named:
      'Ihre Nachricht an {address} konnte nicht zugestellt werden. Der Grund: {because} Was Sie tun können: {canDo}',
    unnamed:
      'Ihre Nachricht konnte nicht zugestellt werden. Der Grund: {because} Was Sie tun können: {canDo}',
  },
  delayed: {
    named:
      'Ihre Nachricht an {address} wurde noch nicht zugestellt: Der sendende Server versucht es weiter, Sie müssen sie also jetzt nicht erneut senden. Schlägt die Zustellung endgültig fehl, erhalten Sie eine abschließende Nachricht.',
    unnamed:
      'Ihre Nachricht wurde noch nicht zugestellt: Der sendende Server versucht es weiter, Sie müssen sie also jetzt nicht erneut senden. Schlägt die Zustellung endgültig fehl, erhalten Sie eine abschließende Nachricht.',
  },
  reports: {
    delivered: {
      named: 'Ihre Nachricht an {address} wurde zugestellt.',
      unnamed: 'Ihre Nachricht wurde zugestellt.',
    },
    vacation: {
      named:
        'Ihre Nachricht an {address} wurde zugestellt. Die Antwort, die Sie bekommen haben, ist automatisch (zum Beispiel eine Abwesenheitsnotiz).',
      unnamed:
        'Ihre Nachricht wurde zugestellt. Die Antwort, die Sie bekommen haben, ist automatisch (zum Beispiel eine Abwesenheitsnotiz).',
    },
    feedback: {
      named:
        'Ihre Nachricht an {address} wurde zugestellt, aber der Empfänger hat sie als Spam gemeldet. Was Sie tun können: Senden Sie ihm solche E-Mails nur, wenn er wieder darum bittet.',
      unnamed:
        'Ihre Nachricht wurde zugestellt, aber der Empfänger hat sie als Spam gemeldet. Was Sie tun können: Senden Sie ihm solche E-Mails nur, wenn er wieder darum bittet.',
    },
  },
  reasons: {
    userunknown: {
      because: 'Diese Adresse gibt es beim E-Mail-Anbieter des Empfängers nicht.',
      canDo: NEW_ADDRESS,
    },
    hostunknown: {
      because: 'Der Teil der Adresse nach dem @ empfängt keine E-Mails.',
      canDo:
        'Prüfen Sie die Adresse nach dem @ auf Tippfehler oder fragen Sie die Person nach ihrer aktuellen Adresse.',
    },
    hasmoved: {
      because: 'Die Person nutzt diese Adresse nicht mehr.',
      canDo: 'Fragen Sie sie nach ihrer neuen Adresse.',
    },
    suspend: {
      because: 'Das Postfach wurde geschlossen oder abgeschaltet.',
      canDo:
        'Erreichen Sie die Person auf anderem Weg und fragen Sie nach einer Adresse, die funktioniert.',
    },
    mailboxfull: {
      because: 'Das Postfach des Empfängers ist voll.',
      canDo:
        'Warten Sie ein, zwei Tage und senden Sie die Nachricht noch einmal, oder sagen Sie der Person, dass ihr Postfach voll ist.',
    },
    exceedlimit: {
      because: 'Die Nachricht ist größer, als das Postfach des Empfängers annimmt.',
      canDo: SMALLER,
    },
    mesgtoobig: {
      because: 'Die Nachricht ist zu groß für das E-Mail-System des Empfängers.',
      canDo: SMALLER,
    },
    filtered: {
      because: 'Ein Filter beim Empfänger hat sie abgelehnt.',
      canDo:
        'Bitten Sie die Person, Ihre Adresse zu den sicheren Absendern hinzuzufügen oder ihre IT zu bitten, Ihre E-Mails durchzulassen.',
    },
    rejected: {
      because: 'Das System des Empfängers hat den Absender abgelehnt.',
      canDo: SETUP,
    },
    blocked: {
      because:
        'Das System des Empfängers nimmt keine E-Mails von dem Server an, der sie gesendet hat.',
      canDo: SETUP,
    },
    badreputation: {
      because: 'Das System des Empfängers hält E-Mails vom sendenden Server im Moment zurück.',
      canDo: SETUP,
    },
    requireptr: {
      because:
        'Dem sendenden Server fehlt eine Einstellung, die das System des Empfängers verlangt.',
      canDo: SETUP,
    },
    authfailure: {
      because:
        'Das System des Empfängers konnte nicht bestätigen, dass die Nachricht wirklich von Ihrer Domain kommt.',
      canDo: SETUP,
    },
    securityerror: {
      because:
        'Das System des Empfängers verlangt einen Sicherheitsschritt, den die sendende Seite nicht gemacht hat.',
      canDo: SETUP,
    },
    failedstarttls: {
      because:
        'Das System des Empfängers verlangt eine verschlüsselte Verbindung, und die kam nicht zustande.',
      canDo: SETUP,
    },
    policyviolation: {
      because: 'Die Nachricht verstößt gegen eine Regel des Empfängers, zum Beispiel bei Anhängen.',
      canDo:
        'Senden Sie sie ohne den Anhang noch einmal, oder fragen Sie die Person, welche Dateien sie annimmt.',
    },
    spamdetected: {
      because: 'Das System des Empfängers hat sie für Spam gehalten.',
      canDo:
        'Vermeiden Sie Kurzlinks und Werbesprache und senden Sie sie noch einmal. Passiert es wieder, bitten Sie die Person, Ihre Adresse zu den sicheren Absendern hinzuzufügen.',
    },
    virusdetected: {
      because: 'Das System des Empfängers hat darin einen Virus gefunden.',
      canDo:
        'Prüfen Sie Ihren Computer und den Anhang auf Viren und senden Sie die Nachricht ohne die befallene Datei noch einmal.',
    },
    contenterror: {
      because: 'Die Nachricht ist nicht so aufgebaut, wie das System des Empfängers es annimmt.',
      canDo: SETUP,
    },
    notcompliantrfc: {
      because:
        'Die Nachricht verstößt gegen einen E-Mail-Standard, den das System des Empfängers prüft.',
      canDo: SETUP,
    },
    norelaying: {
      because: 'Der erreichte Server nimmt keine E-Mails für diese Adresse an.',
      canDo:
        'Prüfen Sie die Adresse. Stimmt sie, muss der E-Mail-Anbieter des Empfängers seine Einstellungen korrigieren.',
    },
    notaccept: {
      because: 'Die Domain des Empfängers nimmt überhaupt keine E-Mails an.',
      canDo: 'Fragen Sie die Person nach einer anderen Adresse.',
    },
    toomanyconn: {
      because: 'Das System des Empfängers war zu ausgelastet, um sie anzunehmen.',
      canDo: LATER,
    },
    speeding: {
      because: 'Das System des Empfängers hat zu viele Nachrichten in zu kurzer Zeit bekommen.',
      canDo: LATER,
    },
    expired: {
      because: 'Das System des Empfängers war lange nicht erreichbar.',
      canDo: 'Prüfen Sie die Adresse und senden Sie die Nachricht später noch einmal.',
    },
    networkerror: { because: 'Das System des Empfängers war nicht erreichbar.', canDo: LATER },
    systemerror: {
      because: 'Das E-Mail-System des Empfängers hatte ein Problem.',
      canDo: 'Senden Sie die Nachricht später noch einmal.',
    },
    systemfull: {
      because: 'Das E-Mail-System des Empfängers hat keinen Platz mehr.',
      canDo: 'Senden Sie die Nachricht später noch einmal.',
    },
    mailererror: {
      because: 'Beim Empfänger ist ein Programm bei der Zustellung ausgefallen.',
      canDo:
        'Senden Sie die Nachricht später noch einmal. Klappt es wieder nicht, sagen Sie es der Person.',
    },
    syntaxerror: {
      because: 'Das sendende und das empfangende System haben sich nicht verstanden.',
      canDo: SETUP,
    },
    onhold: {
      because: 'Die Zustellung ist im Moment angehalten.',
      canDo:
        'Warten Sie. Ist die Nachricht morgen noch nicht angekommen, senden Sie sie noch einmal.',
    },
    undefined: {
      because: 'Das System des Empfängers hat sie ohne Begründung abgelehnt.',
      canDo:
        'Prüfen Sie die Adresse und senden Sie die Nachricht später noch einmal. Klappt es wieder nicht, schicken Sie uns die ganze Fehlermeldung.',
    },
    suppressed: {
      because:
        'Das sendende System hat es gar nicht versucht: Die Adresse steht nach früheren Fehlern auf seiner Sperrliste.',
      canDo:
        'Prüfen Sie, ob die Adresse stimmt. Wenn ja, bitten Sie uns, sie von dieser Liste zu nehmen.',
    },
  },
  forwarded: {
    because:
      'Die Adresse leitet Ihre E-Mails an ein anderes Postfach weiter, und dessen Anbieter hat die weitergeleitete Kopie abgelehnt.',
    canDo:
      'Bitten Sie die Person, E-Mails direkt zu empfangen, oder fragen Sie nach der Adresse des Postfachs, das sie wirklich nutzt.',
  },
  movedTo:
    'Der Server nennt ihre neue Adresse, {newAddress}: Bestätigen Sie sie mit der Person und senden Sie die Nachricht dorthin.',
};
