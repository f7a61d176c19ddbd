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

export function splitHeaders(text: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: '' };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

export function readHeaders(head: string): RawHeader[] {
  const headers: RawHeader[] = [];
  for (const line of head.split(/\r?\n/)) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

export const header = (headers: RawHeader[], name: string): string | undefined =>
  headers.find((h) => h.name.toLowerCase() === name)?.value;

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

export function readPart(text: string, depth = 0): MimePart {
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
    part.parts = splitMultipart(body, boundary).map((child) => readPart(child, depth + 1));
  } else if (contentType === 'message/rfc822' && depth < MAX_DEPTH) {
    part.parts = [readPart(body, depth + 1)];
  }
  return part;
}

function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const chunks: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith(`--${boundary}`)) {
      if (current) chunks.push(current.join('\r\n'));
      if (line.startsWith(`--${boundary}--`)) return chunks;
      current = [];
    } else current?.push(line);
  }
  if (current) chunks.push(current.join('\r\n'));
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
