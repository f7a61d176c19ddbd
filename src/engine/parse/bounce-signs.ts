/**
 * Signs that a message is a bounce, an auto-reply or a feedback report rather than ordinary mail.
 */

/** Senders of bounces: mailer daemons and postmasters (RFC 3464 s1; common practice). */
export const BOUNCE_SENDER =
  /mailer-daemon|postmaster|mail delivery (?:subsystem|system)|^(?:"?)?(?:mail ?delivery|delivery|bounce|nobody|root)@|\bmdaemon\b|\bsmtp gateway\b|mail ?administrator|system administrator|mailer@|daemon@|nobody@/i;

/** Subjects of bounces in several languages. */
export const BOUNCE_SUBJECT = new RegExp(
  [
    'undeliver',
    'undelivered mail',
    'returned mail',
    'delivery status notification',
    'delivery (?:has )?failed',
    'delivery failure',
    'delivery notification',
    'failure notice',
    'mail delivery failed',
    'mail system error',
    'non[- ]?deliver',
    'nondeliverable',
    'could not send message',
    'message not delivered',
    'message delivery',
    'delivery report',
    'rejected:',
    'returned to sender',
    'notification of delivery',
    'postmaster notify',
    'mail failure',
    'warning: could not send',
    'delayed mail',
    'message .{0,40} delayed',
    'delivery delayed',
    'nicht zustellbar',
    'unzustellbar',
    'non remis',
    'non recapitabile',
    'no se puede entregar',
    '配信',
    '不達',
    'エラー',
    'недоставлен',
    'не доставлено',
    'ошибка доставки',
    'abuse report',
    'complaint',
    'not (?:a )?member',
  ].join('|'),
  'i',
);

/** Subjects that say the sending server is still retrying or has given up on time. */
export const EXPIRED_SUBJECT =
  /cannot send message for|could not send message for|warning: could not send|delivery (?:status notification \()?delay|delayed mail|message .{0,40} delayed|still being retried/i;

/**
 * Auto-replies (RFC 3834): the header says so, or the subject does. Mail programs prefix the
 * subject with "automatic reply" in the user's language, where the adjective often comes second
 * ("Réponse automatique", "Automatische Antwort", "Автоматический ответ").
 */
export const AUTO_REPLY_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|réponse)|automatische antwort|automatisch antwoord|r[ée]ponse automatique|respuesta autom[áa]tica|resposta autom[áa]tica|risposta automatica|odpowied[źz] automatyczna|automatick[áa] odpov[ěe]d|otomatik yan[ıi]t|автоматический ответ|autosvar|automaattinen vastaus|out of (?:the )?office|away\b|vacation|abwesend|abwesenheitsnotiz|absence|自動応答|自動返信|不在|自动回复|자동 회신)/i;

/** Phrases of a delivery failure notice, for bounces whose sender and subject say nothing. */
export const BOUNCE_BODY = new RegExp(
  [
    'could not be delivered',
    'couldn.t be delivered',
    'was not delivered',
    "wasn't delivered",
    'undeliverable',
    'unable to deliver',
    'delivery (?:has )?failed',
    'delivery to the following recipient',
    'permanent(?:ly)? (?:error|fail)',
    'not a member of',
    'are not member',
    'could not deliver',
    'did not reach the following',
    'message you sent',
    'mailbox is full',
    'user unknown',
    'no such user',
    'not be delivered',
    '送信できません',
    '届きませんでした',
    '配信できません',
    'ne peut être distribué',
    'nicht zugestellt',
  ].join('|'),
  'i',
);
