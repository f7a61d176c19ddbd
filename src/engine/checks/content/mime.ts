/**
 * Just enough MIME (RFC 2045/2046) to look at a raw message the way a receiving server does:
 * header lines as written, each part's type, transfer encoding, file name and raw body lines.
 * The engine's parser reads bounces; this reads the message that bounced, byte habits included.
 */

export interface RawHeader {
  name: string;
  /** Unfolded value. */
  value: string;
}

export interface MimePart {
  headers: RawHeader[];
  contentType: string;
  boundary?: string;
  transferEncoding: string;
  filename?: string;
  /** The body as written (still transfer-encoded). */
  body: string;
  parts: MimePart[];
}

const MAX_DEPTH = 8;
/** Parts read in all: a message of thousands of parts is judged on its first ones (issue 13). */
const MAX_PARTS = 1000;

export function splitHeaders(text: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: '' };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

/**
 * Header lines, unfolded. Lines are found with indexOf rather than split (a head of a million
 * short lines that are not headers, issue 13's fuzz, made as many strings first), and the next
 * colon is looked for only once it is behind: linear however the lines are made.
 */
export function readHeaders(head: string): RawHeader[] {
  const headers: RawHeader[] = [];
  let colon = -1;
  for (let start = 0; start <= head.length;) {
    const newline = head.indexOf('\n', start);
    const end = newline < 0 ? head.length : newline;
    const first = head.charCodeAt(start);
    if ((first === 32 || first === 9) && headers.length > 0) {
      // trim() takes the CR of a CRLF line ending too.
      headers[headers.length - 1]!.value += ` ${head.slice(start, end).trim()}`;
    } else {
      if (colon < start) colon = head.indexOf(':', start);
      if (colon < 0) colon = head.length;
      if (colon > start && colon < end)
        headers.push({
          name: head.slice(start, colon).trim(),
          value: head.slice(colon + 1, end).trim(),
        });
    }
    start = end + 1;
  }
  return headers;
}

/** The first header of that (lower-case) name; lengths first, so most names are not lowered. */
export const header = (headers: RawHeader[], name: string): string | undefined =>
  headers.find((h) => h.name.length === name.length && h.name.toLowerCase() === name)?.value;

/** A parameter of a structured header value (RFC 2045 s5.1), quoted or not. */
export function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const match = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  const raw = match?.[1] ?? match?.[2];
  // RFC 2231 extended values: charset'lang'percent-encoded.
  return raw?.includes("''") ? safeDecode(raw.slice(raw.indexOf("''") + 2)) : raw;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function readPart(text: string, depth = 0, budget = { parts: MAX_PARTS }): MimePart {
  const { head, body } = splitHeaders(text);
  const headers = readHeaders(head);
  const type = header(headers, 'content-type') ?? 'text/plain';
  const contentType = type.split(';')[0]?.trim().toLowerCase() || 'text/plain';
  const boundary = contentType.startsWith('multipart/') ? param(type, 'boundary') : undefined;
  const filename = param(header(headers, 'content-disposition'), 'filename') ?? param(type, 'name');
  const part: MimePart = {
    headers,
    contentType,
    transferEncoding: (header(headers, 'content-transfer-encoding') ?? '7bit').toLowerCase(),
    body,
    parts: [],
    ...(boundary ? { boundary } : {}),
    ...(filename ? { filename } : {}),
  };
  if (boundary && depth < MAX_DEPTH) {
    for (const child of splitMultipart(body, boundary, budget.parts)) {
      if (--budget.parts < 0) break;
      part.parts.push(readPart(child, depth + 1, budget));
    }
  } else if (contentType === 'message/rfc822' && depth < MAX_DEPTH && --budget.parts >= 0) {
    part.parts = [readPart(body, depth + 1, budget)];
  }
  return part;
}

/** Where the next line that starts with `prefix` starts, after position `after`; -1 if none. */
function lineStarting(body: string, prefix: string, after: number): number {
  const at = body.indexOf(`\n${prefix}`, after);
  return at < 0 ? -1 : at + 1;
}

/** A part's text without the line break that ends it before the next boundary line. */
function withoutLastBreak(text: string): string {
  if (!text.endsWith('\n')) return text;
  return text.slice(0, text.endsWith('\r\n') ? -2 : -1);
}

/**
 * The parts between boundary lines, at most `most`. Boundary lines are found with indexOf, not
 * by splitting the body into lines: a body of a million lines cost more in arrays than in work.
 */
function splitMultipart(body: string, boundary: string, most: number): string[] {
  const delimiter = `--${boundary}`;
  const chunks: string[] = [];
  let start = -1;
  let at = body.startsWith(delimiter) ? 0 : lineStarting(body, delimiter, 0);
  for (; at >= 0; at = lineStarting(body, delimiter, at)) {
    if (start >= 0) chunks.push(withoutLastBreak(body.slice(start, at)));
    if (body.startsWith('--', at + delimiter.length) || chunks.length >= most) return chunks;
    const end = body.indexOf('\n', at);
    if (end < 0) {
      chunks.push('');
      return chunks;
    }
    start = end + 1;
  }
  if (start >= 0) chunks.push(body.slice(start));
  return chunks;
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}

/** The text of a part, transfer encoding undone (for finding links; charset is not decoded). */
export function decodedText(part: MimePart): string {
  if (part.transferEncoding === 'base64') {
    try {
      return atob(part.body.replace(/\s+/g, ''));
    } catch {
      return '';
    }
  }
  if (part.transferEncoding === 'quoted-printable') {
    return part.body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return part.body;
}
