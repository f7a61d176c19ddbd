/**
 * TXT character-strings (RFC 1035 s3.3.14): at most 255 octets each; one record may hold
 * several, which SPF and DKIM read joined with nothing between them (RFC 7208 s3.3,
 * RFC 6376 s3.6.2.2). The JSON DoH APIs show them in presentation form (RFC 1035 s5.1):
 * `"part one" "part two"`, with `\"`, `\\` and `\DDD` escapes.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Split text into character-strings of at most 255 octets; an empty text is one empty string. */
export function characterStrings(parts: string[]): Uint8Array[] {
  return parts.flatMap((part) => {
    const bytes = encoder.encode(part);
    const chunks: Uint8Array[] = [];
    for (let offset = 0; offset < bytes.length || offset === 0; offset += 255) {
      chunks.push(bytes.slice(offset, offset + 255));
    }
    return chunks;
  });
}

/** Presentation form: printable ASCII as is, `"` and `\` escaped, other octets as `\DDD`. */
export function txtPresentation(chunks: Uint8Array[]): string {
  const quote = (chunk: Uint8Array) =>
    Array.from(chunk, (byte) => {
      if (byte === 0x22 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
      if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
      return `\\${String(byte).padStart(3, '0')}`;
    }).join('');
  return chunks.map((chunk) => `"${quote(chunk)}"`).join(' ');
}

/** Read one quoted string starting at `start` (on the opening quote); undefined if unterminated. */
function readQuoted(text: string, start: number): { bytes: number[]; end: number } | undefined {
  const bytes: number[] = [];
  let index = start + 1;
  while (index < text.length) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    if (char === '"') return { bytes, end: index + 1 };
    if (char === '\\') {
      const digits = /^\d{3}/.exec(text.slice(index + 1));
      if (digits) {
        bytes.push(Number(digits[0]) & 0xff);
        index += 4;
        continue;
      }
      const escaped = String.fromCodePoint(text.codePointAt(index + 1) ?? 0);
      bytes.push(...encoder.encode(escaped));
      index += 1 + escaped.length;
      continue;
    }
    bytes.push(...encoder.encode(char));
    index += char.length;
  }
  return undefined;
}

/**
 * Parse the `data` of a TXT answer from a JSON DoH API into the record's text: its
 * character-strings joined with nothing between. The octets are joined before UTF-8 decoding
 * because a character may straddle two strings. Unquoted data (some providers send the bare
 * text) is taken as is. Parses defensively: early Cloudflare JSON left inner quotes unescaped,
 * so data that is not a clean run of quoted strings loses only its outer quotes.
 */
export function parseTxtPresentation(data: string): string {
  const text = data.trim();
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  let index = 0;
  while (index < text.length) {
    const quoted = text[index] === '"' ? readQuoted(text, index) : undefined;
    if (!quoted) return text.replace(/^"|"$/g, '');
    bytes.push(...quoted.bytes);
    index = quoted.end;
    while (text[index] === ' ' || text[index] === '\t') index++;
  }
  return decoder.decode(new Uint8Array(bytes));
}
