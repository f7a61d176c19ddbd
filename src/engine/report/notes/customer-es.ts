/** The customer note in Spanish ("usted"). */
import type { Cause, CustomerWords } from './types.ts';

const LATER: Cause['canDo'] =
  'Nada por ahora: se volverá a intentar. Si sigue sin llegar, envíelo de nuevo más tarde.';
const SETUP: Cause['canDo'] =
  'Nada por ahora: hay que cambiar algo en el envío, y nos estamos ocupando de ello.';
const NEW_ADDRESS =
  'Compruebe cómo está escrita la dirección o pida a la persona su dirección actual.';
const SMALLER =
  'Envíelo de nuevo sin archivos adjuntos grandes, por ejemplo con un enlace a los archivos.';

export const CUSTOMER_ES: CustomerWords = {
  language: 'es',
  name: 'Español',
  failed: {
    named:
      'Su mensaje a {address} no se pudo entregar. El motivo: {because} Qué puede hacer: {canDo}',
    unnamed: 'Su mensaje no se pudo entregar. El motivo: {because} Qué puede hacer: {canDo}',
  },
  delayed: {
    named:
      'Su mensaje a {address} aún no se ha entregado: el servidor de envío sigue intentándolo, así que no hace falta reenviarlo ahora. Si falla definitivamente, recibirá un aviso final.',
    unnamed:
      'Su mensaje aún no se ha entregado: el servidor de envío sigue intentándolo, así que no hace falta reenviarlo ahora. Si falla definitivamente, recibirá un aviso final.',
  },
  reports: {
    delivered: { named: 'Su mensaje a {address} se entregó.', unnamed: 'Su mensaje se entregó.' },
    vacation: {
      named:
        'Su mensaje a {address} se entregó. La respuesta que recibió es automática (por ejemplo, un aviso de ausencia).',
      unnamed:
        'Su mensaje se entregó. La respuesta que recibió es automática (por ejemplo, un aviso de ausencia).',
    },
    feedback: {
      named:
        'Su mensaje a {address} se entregó, pero el destinatario lo marcó como spam. Qué puede hacer: envíele este tipo de correo solo si vuelve a pedirlo.',
      unnamed:
        'Su mensaje se entregó, pero el destinatario lo marcó como spam. Qué puede hacer: envíele este tipo de correo solo si vuelve a pedirlo.',
    },
  },
  reasons: {
    userunknown: {
      because: 'esa dirección no existe en el proveedor de correo del destinatario.',
      canDo: NEW_ADDRESS,
    },
    hostunknown: {
      because: 'la parte de la dirección después de la @ no recibe correo.',
      canDo:
        'Revise la dirección después de la @ por si hay errores, o pida a la persona su dirección actual.',
    },
    hasmoved: {
      because: 'la persona ya no usa esta dirección.',
      canDo: 'Pídale su nueva dirección.',
    },
    suspend: {
      because: 'el buzón se ha cerrado o desactivado.',
      canDo: 'Contacte con la persona por otra vía y pídale una dirección que funcione.',
    },
    mailboxfull: {
      because: 'el buzón del destinatario está lleno.',
      canDo:
        'Espere uno o dos días y envíelo de nuevo, o avise a la persona de que su buzón está lleno.',
    },
    exceedlimit: {
      because: 'el mensaje es más grande de lo que admite el buzón del destinatario.',
      canDo: SMALLER,
    },
    mesgtoobig: {
      because: 'el mensaje es demasiado grande para el sistema de correo del destinatario.',
      canDo: SMALLER,
    },
    filtered: {
      because: 'un filtro del destinatario lo rechazó.',
      canDo:
        'Pida a la persona que añada su dirección a sus remitentes seguros, o que pida a su equipo de informática que deje pasar su correo.',
    },
    rejected: {
      because: 'el sistema del destinatario rechazó al remitente.',
      canDo: SETUP,
    },
    blocked: {
      because: 'el sistema del destinatario no acepta correo del servidor que lo envió.',
      canDo: SETUP,
    },
    badreputation: {
      because:
        'el sistema del destinatario está frenando por ahora el correo del servidor de envío.',
      canDo: SETUP,
    },
    requireptr: {
      because: 'al servidor de envío le falta un ajuste que exige el sistema del destinatario.',
      canDo: SETUP,
    },
    authfailure: {
      because:
        'el sistema del destinatario no pudo confirmar que el mensaje venía de verdad de su dominio.',
      canDo: SETUP,
    },
    securityerror: {
      because: 'el sistema del destinatario exige un paso de seguridad que el envío no cumplió.',
      canDo: SETUP,
    },
    failedstarttls: {
      because: 'el sistema del destinatario exige una conexión cifrada, y no se pudo establecer.',
      canDo: SETUP,
    },
    policyviolation: {
      because:
        'el mensaje incumple una norma del destinatario, por ejemplo sobre archivos adjuntos.',
      canDo: 'Envíelo de nuevo sin el adjunto, o pregunte a la persona qué archivos acepta.',
    },
    spamdetected: {
      because: 'el sistema del destinatario lo tomó por spam.',
      canDo:
        'Evite los enlaces acortados y el lenguaje publicitario, y envíelo de nuevo. Si vuelve a pasar, pida a la persona que añada su dirección a sus remitentes seguros.',
    },
    virusdetected: {
      because: 'el sistema del destinatario encontró un virus en él.',
      canDo:
        'Analice su ordenador y el archivo adjunto, y envíe el mensaje de nuevo sin el archivo infectado.',
    },
    contenterror: {
      because: 'el mensaje no está construido de una forma que acepte el sistema del destinatario.',
      canDo: SETUP,
    },
    notcompliantrfc: {
      because:
        'el mensaje no cumple una norma del correo electrónico que el sistema del destinatario comprueba.',
      canDo: SETUP,
    },
    norelaying: {
      because: 'el servidor al que llegó no recibe correo para esa dirección.',
      canDo:
        'Compruebe la dirección. Si es correcta, el proveedor del destinatario tiene que corregir su configuración.',
    },
    notaccept: {
      because: 'el dominio del destinatario no acepta ningún correo.',
      canDo: 'Pida a la persona otra dirección.',
    },
    toomanyconn: {
      because: 'el sistema del destinatario estaba demasiado ocupado para recibirlo.',
      canDo: LATER,
    },
    speeding: {
      because: 'el sistema del destinatario recibió demasiados mensajes en poco tiempo.',
      canDo: LATER,
    },
    expired: {
      because: 'no se pudo llegar al sistema del destinatario durante mucho tiempo.',
      canDo: 'Compruebe la dirección y envíelo de nuevo más tarde.',
    },
    networkerror: { because: 'no se pudo llegar al sistema del destinatario.', canDo: LATER },
    systemerror: {
      because: 'el sistema de correo del destinatario tuvo un problema.',
      canDo: 'Envíelo de nuevo más tarde.',
    },
    systemfull: {
      because: 'el sistema de correo del destinatario se quedó sin espacio.',
      canDo: 'Envíelo de nuevo más tarde.',
    },
    mailererror: {
      because: 'un programa del destinatario falló al entregarlo.',
      canDo: 'Envíelo de nuevo más tarde. Si vuelve a fallar, avise a la persona.',
    },
    syntaxerror: {
      because: 'el sistema de envío y el de recepción no se entendieron.',
      canDo: SETUP,
    },
    onhold: {
      because: 'la entrega está en espera por ahora.',
      canDo: 'Espere. Si mañana no ha llegado, envíelo de nuevo.',
    },
    undefined: {
      because: 'el sistema del destinatario lo rechazó sin decir por qué.',
      canDo:
        'Compruebe la dirección y envíelo de nuevo más tarde. Si vuelve a fallar, envíenos el mensaje de error completo.',
    },
    suppressed: {
      because:
        'el sistema de envío no lo intentó: tras fallos anteriores, la dirección está en su lista de direcciones a las que no envía.',
      canDo:
        'Compruebe que la dirección es correcta. Si lo es, pídanos que la quitemos de esa lista.',
    },
  },
  forwarded: {
    because:
      'la dirección reenvía su correo a otro buzón, y el proveedor de ese buzón rechazó la copia reenviada.',
    canDo:
      'Pida a la persona que reciba el correo directamente, o la dirección del buzón que usa de verdad.',
  },
  movedTo:
    'El servidor indica su nueva dirección, {newAddress}: confírmela con la persona y envíe el mensaje a esa dirección.',
};
