/**
 * Spanish (Spain and Latin America, "buzón" and "casilla"): Gmail's and Microsoft's localised
 * texts, Telefónica-era servers and hosting providers' bounce guides.
 */
import type { Lexicon } from './types.ts';

const GMAIL = 'https://support.google.com/a/answer/3726730?hl=es';
const GMAIL_HELP = 'https://support.google.com/mail/answer/6596?hl=es-419';
const MICROSOFT =
  'https://learn.microsoft.com/es-es/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const PROLINUX = 'https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo';
const ADSLZONE = 'https://www.adslzone.net/como-se-hace/gmail/problemas-enviar-correo/';
const PYMES = 'https://pymesenlared.es/blog/incidencias-correo-electronico';

export const ES: Lexicon = {
  language: 'es',
  script: 'latin',
  phrases: [
    {
      reason: 'mailboxfull',
      forms: [
        'buzón( de correo| de entrada)?( del destinatario)? (está )?(lleno|completo|saturado)',
        'bandeja de entrada( del destinatario)? (está )?(llena|completa)',
        'casilla( de correo)? (está )?(llena|completa)',
        'cuota (del buzón )?(excedida|superada)',
        'sin espacio (disponible|de almacenamiento)',
      ],
      source: GMAIL_HELP,
      example: 'El buzón del destinatario está lleno.',
    },
    {
      reason: 'userunknown',
      forms: [
        'usuario (desconocido|inexistente|no existe)',
        'destinatario (desconocido|inexistente|no válido|inválido)',
        '(la )?(cuenta|dirección) de correo( electrónico)? no existe',
        'no se (ha )?encontr(ó|ado) la dirección',
      ],
      source: ADSLZONE,
      example: 'La cuenta de correo electrónico no existe',
    },
    {
      reason: 'hostunknown',
      forms: ['dominio (desconocido|inexistente|no existe|no encontrado)', 'host desconocido'],
      source: PROLINUX,
      example: 'Dominio inexistente: compruebe la parte derecha de la dirección',
    },
    {
      reason: 'vacation',
      forms: [
        'fuera de (la )?oficina',
        'respuesta automática',
        '(estoy|estaré) (de vacaciones|fuera|ausente)',
        'de vacaciones',
        'ausente (de la oficina|hasta)',
        'mensaje de ausencia',
      ],
      source: 'https://www.rfc-editor.org/rfc/rfc3834',
      example: 'Respuesta automática: estoy de vacaciones hasta el 15 de agosto.',
    },
    {
      reason: 'spamdetected',
      forms: [
        '(considerad|marcad|detectad|identificad|clasificad)(o|a) como (spam|correo no deseado)',
        '(se )?marcó como (spam|correo no deseado)',
        'sospecha de spam',
      ],
      source: GMAIL_HELP,
      example: 'Tu correo electrónico se marcó como spam.',
    },
    {
      reason: 'virusdetected',
      forms: [
        'contiene (un )?virus',
        'virus (detectado|encontrado)',
        'infectado (por|con) (un )?virus',
      ],
      source: PROLINUX,
      example: 'El mensaje fue rechazado porque contiene un virus',
    },
    {
      reason: 'mesgtoobig',
      forms: [
        'mensaje (es )?demasiado grande',
        'tamaño (máximo )?(del mensaje )?(excedido|superado)',
      ],
      source: PROLINUX,
      example: 'El mensaje es demasiado grande para el servidor del destinatario',
    },
    {
      reason: 'speeding',
      forms: ['demasiado rápido', 'límite de envío (alcanzado|superado|excedido)'],
      source: GMAIL_HELP,
      example: 'Alcanzaste el límite de envío: límite de envío alcanzado',
    },
    {
      reason: 'policyviolation',
      forms: ['(infringe|viola) (la|las) (política|políticas|normas)'],
      source: GMAIL,
      example: 'Este mensaje infringe las políticas de correo de example.com.',
    },
    {
      reason: 'hasmoved',
      forms: ['ha cambiado de dirección', 'nueva dirección (de correo )?es'],
      source: MICROSOFT,
      example: 'El destinatario ha cambiado de dirección de correo.',
    },
  ],
  objects: [
    { kind: 'recipient', forms: ['destinatari(o|a|os|as)'], source: GMAIL_HELP },
    { kind: 'sender', forms: ['remitente*', 'emisor*'], source: GMAIL_HELP },
    { kind: 'sending', forms: ['envío', 'envíos', 'saliente*', 'enviar'], source: GMAIL_HELP },
    {
      kind: 'mailbox',
      forms: ['buzón*', 'buzones', 'bandeja de entrada', 'casilla( de correo)?'],
      source: GMAIL_HELP,
    },
    { kind: 'user', forms: ['usuari(o|a|os|as)'], source: PROLINUX },
    {
      kind: 'address',
      forms: ['dirección( de correo( electrónico)?| de e-?mail| electrónica)?', 'direcciones'],
      source: GMAIL_HELP,
    },
    { kind: 'account', forms: ['cuenta( de correo( electrónico)?)?', 'cuentas'], source: ADSLZONE },
    { kind: 'domain', forms: ['dominio*'], source: ADSLZONE },
    { kind: 'server', forms: ['servidor*'], source: MICROSOFT },
    { kind: 'service', forms: ['servicio'], source: MICROSOFT },
    { kind: 'system', forms: ['sistema'], source: MICROSOFT },
    { kind: 'network', forms: ['red'], source: MICROSOFT },
    { kind: 'connection', forms: ['conexión', 'conexiones'], source: PYMES },
    { kind: 'ip', forms: ['dirección ip*', 'ip'], source: GMAIL },
    { kind: 'blocklist', forms: ['listas? negras?', 'listas? de bloqueo'], source: PROLINUX },
    { kind: 'relay', forms: ['retransmisión', 'reenvío no autorizado'], source: MICROSOFT },
    { kind: 'message', forms: ['mensaje*', 'correo*', 'e-?mails?'], source: GMAIL_HELP },
    { kind: 'attachment', forms: ['adjunto*', 'archivos? adjuntos?'], source: GMAIL_HELP },
    { kind: 'content', forms: ['contenido*'], source: PROLINUX },
    { kind: 'size', forms: ['tamaño*'], source: PROLINUX },
    {
      kind: 'storage',
      forms: [
        'cuota*',
        'espacio( de almacenamiento| en disco)?',
        'almacenamiento',
        'capacidad',
        'tamaño del buzón',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'rate', forms: ['frecuencia', 'velocidad', 'tasa'], source: GMAIL },
    { kind: 'limit', forms: ['límite*'], source: GMAIL },
    {
      kind: 'spam',
      forms: [
        'spam*',
        '*anti-?spam*',
        'correos? no deseados?',
        'correo basura',
        'no solicitad(o|a|os|as)',
      ],
      source: GMAIL_HELP,
    },
    {
      kind: 'virus',
      forms: ['virus', 'malware', 'software malicioso', '*antivirus', 'código malicioso'],
      source: PROLINUX,
    },
    { kind: 'auth', forms: ['autenticación', 'autentica*'], source: GMAIL },
    { kind: 'tls', forms: ['cifrado', 'encriptación'], source: GMAIL },
    { kind: 'certificate', forms: ['certificado*'], source: GMAIL },
    { kind: 'ptr', forms: ['dns inverso', 'resolución inversa', 'registro ptr'], source: GMAIL },
    { kind: 'dns', forms: ['registros? (mx|dns)'], source: PROLINUX },
    { kind: 'delivery', forms: ['entrega*'], source: PYMES },
    { kind: 'time', forms: ['tiempo', 'plazo'], source: PYMES },
    { kind: 'policy', forms: ['política*'], source: GMAIL },
    { kind: 'filter', forms: ['filtro*'], source: PROLINUX },
  ],
  predicates: [
    {
      kind: 'unknown',
      forms: [
        'desconocid*',
        'no existe*',
        'inexistente*',
        'no válid*',
        'inválid*',
        'no (se )?(ha )?encontr(ó|ado|ada)',
        'no se encuentra',
        'no encontrad*',
        'no se pudo encontrar',
        'incorrect*',
        'errón*',
        'no reconocid*',
        'no registrad*',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'unavailable', forms: ['no disponible*', 'no está disponible'], source: MICROSOFT },
    {
      kind: 'unreachable',
      forms: [
        'inalcanzable*',
        'inaccesible*',
        'no (es )?accesible',
        'no se puede (conectar|acceder)',
      ],
      source: MICROSOFT,
    },
    {
      kind: 'noaccept',
      forms: ['no acepta (correos?|mensajes)', 'no puede recibir (correos?|mensajes)'],
      source: GMAIL_HELP,
    },
    { kind: 'missing', forms: ['falta*', 'faltante*'], source: GMAIL },
    { kind: 'none', forms: ['ningún', 'ninguna', 'sin'], source: GMAIL },
    {
      kind: 'full',
      forms: ['llen(o|a|os|as)', 'completo', 'completa', 'saturad*', 'insuficiente*', 'agotad*'],
      source: GMAIL_HELP,
    },
    {
      kind: 'exceeded',
      forms: [
        'excedid*',
        'excede*',
        'superad*',
        'supera',
        'superó',
        'sobrepas*',
        'alcanz*',
        'alcanzad*',
      ],
      source: GMAIL_HELP,
    },
    {
      kind: 'toolarge',
      forms: ['demasiado (grande|largo|pesado)', 'muy grande'],
      source: PROLINUX,
    },
    {
      kind: 'disabled',
      forms: [
        'desactivad*',
        'suspendid*',
        'inactiv*',
        'deshabilitad*',
        'cerrad*',
        'cancelad*',
        'eliminad*',
        'dad(a|o) de baja',
        'congelad*',
      ],
      source: ADSLZONE,
    },
    { kind: 'blocked', forms: ['bloquead*', 'bloquea', 'vetad*'], source: PROLINUX },
    {
      kind: 'rejected',
      forms: ['rechazad*', 'rechaza', 'denegad*', 'no aceptad*', 'rehusad*'],
      source: PROLINUX,
    },
    {
      kind: 'notallowed',
      forms: ['no permitid*', 'no (está )?autorizad*', 'prohibid*', 'no se permite'],
      source: PROLINUX,
    },
    {
      kind: 'listed',
      forms: ['listad*', 'incluid*', 'figura en', 'aparece en', 'está en'],
      source: PROLINUX,
    },
    { kind: 'moved', forms: ['ha cambiado', 'se ha mudado', 'cambió'], source: MICROSOFT },
    {
      kind: 'detected',
      forms: [
        'detectad*',
        'encontrad*',
        'identificad*',
        'considerad*',
        'clasificad*',
        'marcad*',
        'marcó',
        'sospech*',
        'contiene',
        'contenía',
        'reportad*',
        'denunciad*',
      ],
      source: GMAIL_HELP,
    },
    { kind: 'infected', forms: ['infectad*'], source: PROLINUX },
    { kind: 'toomany', forms: ['demasiad(os|as)', 'exceso de'], source: GMAIL },
    {
      kind: 'timeout',
      forms: [
        'tiempo de espera (agotado|excedido)',
        'se agotó el tiempo( de espera)?',
        'tiempo agotado',
      ],
      source: PYMES,
    },
    { kind: 'expired', forms: ['caducad*', 'expirad*', 'vencid*', 'expiró'], source: PYMES },
    { kind: 'failed', forms: ['error*', 'fallo', 'falló', 'falla', 'fallid*'], source: MICROSOFT },
    {
      kind: 'required',
      forms: ['requerid*', 'necesari*', 'obligatori*', 'se requiere', 'debe'],
      source: GMAIL,
    },
    { kind: 'violation', forms: ['viola*', 'infring*', 'incumpl*'], source: GMAIL },
    { kind: 'busy', forms: ['ocupad*', 'sobrecargad*'], source: GMAIL },
    {
      kind: 'temporary',
      forms: ['temporalmente (no disponible|fuera de servicio)', '(error|problema|fallo) temporal'],
      source: GMAIL,
    },
  ],
  negators: ['no', 'sin', 'ningún', 'ninguna', 'nunca'],
  boilerplate: [
    {
      forms: [
        'no se (puede|pudo|ha podido) entregar',
        'no entregad*',
        'entrega fallida',
        'error (en la|de) entrega',
        'notificación de estado de (la )?entrega',
        'este mensaje (fue|ha sido) (creado|generado) automáticamente',
      ],
      source: GMAIL_HELP,
    },
    {
      forms: [
        'el servidor remoto (devolvió|ha devuelto|respondió)',
        'información de diagnóstico para administradores',
        'servidor de generación',
      ],
      source: MICROSOFT,
    },
    {
      forms: [
        '(compruebe|verifique|revise|comprueba|verifica|revisa) (que )?(la dirección|el destinatario)*',
        '(inténtelo|inténtalo|vuelva a intentarlo|vuelve a intentarlo)( de nuevo| más tarde)?',
        'póngase en contacto con su administrador',
      ],
      source: GMAIL_HELP,
    },
    {
      forms: [
        '(analizado|revisado|verificado) por (un )?antivirus',
        'libre de virus',
        '(es|son) confidencial*',
        'puede contener información confidencial',
        'si (usted )?no es el destinatario',
      ],
      source: PYMES,
    },
  ],
};
