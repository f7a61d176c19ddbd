/**
 * A bounce the user received and forwarded (or copied with its reply header), pasted as text:
 * the mail program's separator, the bounce's From / Sent / To / Subject as it shows them, then
 * the bounce. Read as the message it was, so that its sender and subject count and its header
 * lines are not taken for the notice ("From: Mail Delivery Subsystem <mailer-daemon@…>" is not
 * a failed recipient). A separator before which the text already reads as a bounce introduces
 * the returned original instead, and is left to original-markers.ts.
 */
import { BOUNCE_SENDER, BOUNCE_SUBJECT } from './bounce-signs.ts';

/**
 * The separators mail programs write above a forwarded or replied-to message: Gmail's
 * "---------- Forwarded message ---------", Outlook's "-----Original Message-----", Apple Mail's
 * "Begin forwarded message:", and the same in the languages those programs speak.
 */
const SEPARATOR =
  /^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|original message|weitergeleitete nachricht|urspr(?:ü|ue)ngliche nachricht|message transf[ée]r[ée]|message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|пересылаемое сообщение|исходное сообщение|转发的邮件|原始邮件)[ \t]*-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|d[ée]but du message r[ée]exp[ée]di[ée] :?)[ \t]*$/im;

/** The header labels of such a block, as those programs localise them, by the field they show. */
const LABELS: [field: 'from' | 'subject' | 'date' | 'to', RegExp][] = [
  ['from', /^(?:from|von|de|da|van|от|发件人|差出人)$/i],
  ['subject', /^(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|тема|主题|件名)$/i],
  [
    'date',
    /^(?:sent|date|gesendet|datum|envoy[ée]|enviado|fecha|inviato|data|verzonden|отправлено|дата|发送时间|日付|送信日時)$/i,
  ],
  ['to', /^(?:to|an|à|a|para|aan|кому|收件人|宛先)$/i],
];

const FIELD = /^[ \t>]*([\p{L}][\p{L} -]{0,20}?)\s*[:：]\s*(.*)$/u;

/** An SMTP reply or status code. */
const REPLY_CODE = /(?:^|\s)[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** How far into a paste the separator may stand: a line or two of the user's own words. */
const LEAD = 2000;

/**
 * The forwarded bounce as a message (its header block, then its body) when `text` is one, else
 * undefined. Only a block whose sender or subject is a bounce's is taken: a forwarded letter
 * that is not a bounce stays the prose it is.
 */
export function forwardedBounce(text: string): string | undefined {
  const separator = SEPARATOR.exec(text.slice(0, LEAD));
  if (!separator) return undefined;
  // Words of the user's own may come first; a bounce's reply there makes this its original.
  if (REPLY_CODE.test(text.slice(0, separator.index))) return undefined;
  const lines = text.slice(separator.index + separator[0].length).split('\n');
  let at = 0;
  while (at < lines.length && !lines[at]!.trim()) at++;
  const headers: string[] = [];
  const seen = { from: '', subject: '' };
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (!line.trim()) break;
    const field = FIELD.exec(line);
    const name = field && LABELS.find(([, label]) => label.test(field[1]!.trim()))?.[0];
    // A line that is no header of the block ends it (some programs leave no blank line).
    if (!name) break;
    const value = field[2]!.trim();
    if (name === 'from' || name === 'subject') seen[name] = value;
    headers.push(`${name === 'date' ? 'Date' : name[0]!.toUpperCase() + name.slice(1)}: ${value}`);
  }
  if (headers.length < 2) return undefined;
  if (!BOUNCE_SENDER.test(seen.from) && !BOUNCE_SUBJECT.test(seen.subject)) return undefined;
  return `${headers.join('\n')}\n\n${lines
    .slice(at)
    .join('\n')
    .replace(/^\s*\n/, '')}`;
}
