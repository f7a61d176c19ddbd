/**
 * A light MIME walker: the structure of a message and the undecoded bodies of its parts, so the
 * reader decodes only the parts a diagnosis needs (the notification text, the delivery-status
 * report, the returned headers). Encoded words are decoded in encoded-words.ts. See
 * docs/decisions/002-mime-adapter.md.
 */
import { decodeBytes } from './input.ts';

function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
import { header, parseHeaders, parseStructured, type HeaderList } from './headers.ts';
import { decodeTransfer } from './transfer-encoding.ts';

export interface MimeEntity {
  headers: HeaderList;
  /** Lower-case media type; text/plain when absent (RFC 2045 s5.2). */
  type: string;
  params: Record<string, string>;
  /** The body as it stands in the message (still transfer-encoded). */
  body: string;
  parts: MimeEntity[];
}

const MAX_DEPTH = 6;
const MAX_PARTS = 100;

/** Split at the first empty line. A message without one is all headers or all body. */
export function splitHeaderBody(text: string): { head: string; body: string } {
  const end = text.indexOf('\n\n');
  if (end < 0) return { head: text, body: '' };
  return { head: text.slice(0, end), body: text.slice(end + 2) };
}

export function parseEntity(text: string, depth = 0, budget = { parts: MAX_PARTS }): MimeEntity {
  const { head, body } = splitHeaderBody(text);
  const headers = parseHeaders(head);
  const { value, params } = parseStructured(header(headers, 'content-type'));
  const entity: MimeEntity = { headers, type: value || 'text/plain', params, body, parts: [] };
  if (entity.type.startsWith('multipart/') && params.boundary && depth < MAX_DEPTH) {
    for (const chunk of splitMultipart(body, params.boundary)) {
      if (--budget.parts < 0) break;
      entity.parts.push(parseEntity(chunk, depth + 1, budget));
    }
    // A multipart whose boundary never appears is read as text rather than lost.
    if (entity.parts.length === 0) entity.type = 'text/plain';
  }
  return entity;
}

/**
 * The body parts between boundary lines (RFC 2046 s5.1.1). Lenient: a missing close delimiter
 * ends the last part at the end of the text (bounces are often truncated).
 */
export function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = '--' + boundary;
  const needle = '\n' + delimiter;
  const chunks: string[] = [];
  let start = -1;
  let position = body.startsWith(delimiter) ? 0 : body.indexOf(needle);
  while (position >= 0) {
    const lineStart = body[position] === '\n' ? position + 1 : position;
    if (start >= 0) chunks.push(body.slice(start, position));
    const after = lineStart + delimiter.length;
    if (body.startsWith('--', after)) return chunks;
    const lineEnd = body.indexOf('\n', after);
    if (lineEnd < 0) return chunks;
    start = lineEnd + 1;
    position = body.indexOf(needle, lineEnd);
  }
  if (start >= 0) chunks.push(body.slice(start));
  return chunks;
}

/** Every leaf entity, depth first, in order. */
export function leaves(entity: MimeEntity, into: MimeEntity[] = []): MimeEntity[] {
  if (entity.parts.length === 0) into.push(entity);
  else for (const part of entity.parts) leaves(part, into);
  return into;
}

/**
 * The decoded text of a leaf: transfer encoding undone, then the charset applied to bytes. With
 * `limit`, only that much of the encoded body is decoded.
 */
export function entityText(entity: MimeEntity, bytes: boolean, limit = Infinity): string {
  const body = entity.body.length > limit ? entity.body.slice(0, limit) : entity.body;
  const raw = decodeTransfer(body, header(entity.headers, 'content-transfer-encoding'));
  const encoded = raw !== body;
  // Pasted text is already Unicode, unless it still carries ISO-2022-JP escapes.
  if (!bytes && !encoded && !(raw.includes('\u001b') && isLatin1(raw))) return raw;
  return decodeBytes(raw, entity.params.charset);
}
