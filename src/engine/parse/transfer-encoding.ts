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

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** "=XX" is a byte; "=" at the end of a line is a soft break that joins lines; anything else stays. */
export function decodeQuotedPrintable(text: string): string {
  let at = text.indexOf('=');
  if (at < 0) return text;
  const out: string[] = [];
  let from = 0;
  while (at >= 0) {
    out.push(text.slice(from, at));
    const next = text.charCodeAt(at + 1);
    if (next === 10) {
      from = at + 2;
    } else if (next === 13 && text.charCodeAt(at + 2) === 10) {
      from = at + 3;
    } else {
      const high = hexValue(next);
      const low = hexValue(text.charCodeAt(at + 2));
      if (high >= 0 && low >= 0) {
        out.push(String.fromCharCode(high * 16 + low));
        from = at + 3;
      } else {
        out.push('=');
        from = at + 1;
      }
    }
    at = text.indexOf('=', from);
  }
  out.push(text.slice(from));
  return out.join('');
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
