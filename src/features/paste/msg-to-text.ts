import { decodeText } from './decode-text.ts';
import { htmlToText } from '../../engine/parse/html-text.ts';

/**
 * The parts of @kenjiuno/msgreader's FieldsData used here. The reader fills them from whatever
 * the file holds, so each is checked before use (see fieldsOf): a damaged file gives a number
 * where a subject should be, or an attachment that is not an object.
 */
export interface MsgFields {
  headers?: string;
  body?: string;
  bodyHtml?: string;
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  messageClass?: string;
  attachments?: MsgAttachmentFields[];
}

export interface MsgAttachmentFields {
  fileName?: string;
  extension?: string;
  attachMimeTag?: string;
  innerMsgContent?: true;
  innerMsgContentFields?: MsgFields;
}

const STRING_FIELDS = [
  'headers',
  'body',
  'bodyHtml',
  'subject',
  'senderName',
  'senderEmail',
] as const;
const ATTACHMENT_STRINGS = ['fileName', 'extension', 'attachMimeTag'] as const;
/** Messages inside attachments inside messages: a real bounce nests one or two. */
const MAX_NESTING = 8;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pickStrings<K extends string>(from: Record<string, unknown>, keys: readonly K[]) {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = from[key];
    if (typeof value === 'string') picked[key] = value;
  }
  return picked;
}

/** What the reader returned, as MsgFields: strings only where strings belong, the rest dropped. */
export function fieldsOf(raw: unknown, depth = 0): MsgFields {
  if (!isObject(raw)) return {};
  const fields: MsgFields = pickStrings(raw, STRING_FIELDS);
  if (!Array.isArray(raw.attachments)) return fields;
  fields.attachments = raw.attachments.filter(isObject).map((item) => {
    const attachment: MsgAttachmentFields = pickStrings(item, ATTACHMENT_STRINGS);
    if (
      item.innerMsgContent === true &&
      isObject(item.innerMsgContentFields) &&
      depth < MAX_NESTING
    ) {
      attachment.innerMsgContent = true;
      attachment.innerMsgContentFields = fieldsOf(item.innerMsgContentFields, depth + 1);
    }
    // The reader needs its own object back to find the attachment's bytes.
    Object.defineProperty(attachment, 'source', { value: item, enumerable: false });
    return attachment;
  });
  return fields;
}

/** The reader's own attachment object behind one from fieldsOf (undefined for plain objects). */
export function sourceOf(attachment: MsgAttachmentFields): unknown {
  return (attachment as { source?: unknown }).source;
}

/** Reads an attachment's bytes; null when it cannot be read. */
export type ReadAttachment = (attachment: MsgAttachmentFields) => Uint8Array | null;

const CRLF = '\r\n';

/** Attachment types that carry a delivery report or the returned message (RFC 3462, 3464, 6522, 6533). */
const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/feedback-report',
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/global-headers',
]);

const DELIVERY_STATUS_FIELD =
  /^(Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code):/im;

/** Header fields describing the original MIME body, which no longer matches what we rebuild. */
const MIME_FIELD = /^(content-type|content-transfer-encoding|mime-version|content-disposition):/i;

interface Part {
  type: string;
  text: string;
}

/**
 * An Outlook .msg turned into one RFC 5322 message the engine can read: the transport headers
 * Outlook kept (PidTagTransportMessageHeaders), then the body, then every attachment that is a
 * delivery report or a returned message, as a multipart/report when there is a delivery status.
 */
export function msgToText(fields: MsgFields, readAttachment: ReadAttachment): string {
  const body = fields.body?.trim()
    ? fields.body
    : fields.bodyHtml
      ? htmlToText(fields.bodyHtml)
      : '';
  const parts = (fields.attachments ?? [])
    .map((attachment) => reportPart(attachment, readAttachment))
    .filter((part): part is Part => part !== null);
  const headers = headerBlock(fields);
  if (parts.length === 0) {
    return `${headers}MIME-Version: 1.0${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}${CRLF}${body}`;
  }
  const all: Part[] = [{ type: 'text/plain; charset=utf-8', text: body }, ...parts];
  const boundary = pickBoundary(all.map((part) => part.text).join(''));
  const isReport = parts.some((part) => part.type.endsWith('delivery-status'));
  const type = isReport
    ? `multipart/report; report-type=delivery-status; boundary="${boundary}"`
    : `multipart/mixed; boundary="${boundary}"`;
  const rendered = all
    .map(
      (part) => `--${boundary}${CRLF}Content-Type: ${part.type}${CRLF}${CRLF}${part.text}${CRLF}`,
    )
    .join('');
  return `${headers}MIME-Version: 1.0${CRLF}Content-Type: ${type}${CRLF}${CRLF}${rendered}--${boundary}--${CRLF}`;
}

function headerBlock(fields: MsgFields): string {
  const kept: string[] = [];
  let dropping = false;
  for (const line of (fields.headers ?? '').split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const continuation = /^[ \t]/.test(line);
    if (!continuation) dropping = MIME_FIELD.test(line);
    if (!dropping) kept.push(line);
  }
  const has = (name: string) => kept.some((line) => line.toLowerCase().startsWith(`${name}:`));
  if (!has('from') && (fields.senderEmail || fields.senderName)) {
    const name = fields.senderName ? `${fields.senderName} ` : '';
    kept.push(`From: ${fields.senderEmail ? `${name}<${fields.senderEmail}>` : name.trim()}`);
  }
  if (!has('subject') && fields.subject) kept.push(`Subject: ${fields.subject}`);
  return kept.map((line) => line + CRLF).join('');
}

function reportPart(attachment: MsgAttachmentFields, readAttachment: ReadAttachment): Part | null {
  if (attachment.innerMsgContent && attachment.innerMsgContentFields) {
    // An embedded Outlook item, usually the returned original message.
    return {
      type: 'message/rfc822',
      text: msgToText(attachment.innerMsgContentFields, () => null),
    };
  }
  const declared = attachment.attachMimeTag?.toLowerCase().split(';')[0]?.trim() ?? '';
  const name = attachment.fileName ?? '';
  const isMessageFile =
    /\.(eml|mbox)$/i.test(name) || attachment.extension?.toLowerCase() === '.eml';
  const maybeStatus = declared === 'text/plain' || (declared === '' && /\.txt$/i.test(name));
  if (!REPORT_TYPES.has(declared) && !isMessageFile && !maybeStatus) return null;
  let bytes: Uint8Array | null;
  try {
    bytes = readAttachment(attachment);
  } catch {
    bytes = null;
  }
  if (!bytes) return null;
  const text = decodeText(bytes);
  if (REPORT_TYPES.has(declared)) return { type: declared, text };
  if (isMessageFile) return { type: 'message/rfc822', text };
  // A text attachment is kept only when it is a delivery status in disguise ("details.txt").
  return DELIVERY_STATUS_FIELD.test(text) ? { type: 'message/delivery-status', text } : null;
}

function pickBoundary(content: string): string {
  let n = 0;
  while (content.includes(`bounce-doctor-msg-${n}`)) n++;
  return `bounce-doctor-msg-${n}`;
}
