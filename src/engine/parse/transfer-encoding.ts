/**
 * Content-Transfer-Encoding decoders (RFC 2045 s6.7, s6.8) working on binary strings (one char
 * per byte). Tolerant: bounces are often cut or re-wrapped, so bad input degrades, never throws.
 */

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64[c.charCodeAt(0)] = i));
// URL-safe alphabet too: some gateways use it.
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

export function decodeBase64(text: string): string {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '=' padding ends the data
    const value = code < 256 ? B64[code]! : -1;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return bytesToBinary(out);
}

function bytesToBinary(bytes: number[]): string {
  let result = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    result += String.fromCharCode(...bytes.slice(i, i + 8192));
  }
  return result;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

export function decodeQuotedPrintable(text: string): string {
  if (!text.includes('=')) return text;
  // Soft line breaks ("=" at end of line) join lines; "=XX" is a byte.
  return text.replace(/=(?:\r?\n|([0-9A-Fa-f]{2}))/g, (match, hex: string | undefined) =>
    hex && HEX.test(hex)
      ? String.fromCharCode(parseInt(hex, 16))
      : match.startsWith('=\n') || match.startsWith('=\r')
        ? ''
        : match,
  );
}

export function decodeTransfer(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return decodeBase64(body);
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}
