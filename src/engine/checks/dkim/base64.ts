/**
 * Strict base64 decoding (RFC 4648 s4) without Buffer or atob, so the engine runs the same in
 * Node, browsers and workers. DKIM allows whitespace inside base64 values (RFC 6376 s3.6.1,
 * "p=" is base64string with FWS), so whitespace is dropped first.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The decoded bytes, or undefined when the text is not valid base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[ \t\r\n]+/g, '');
  if (clean.length % 4 !== 0) return undefined;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const body = clean.slice(0, clean.length - padding);
  const out = new Uint8Array((clean.length / 4) * 3 - padding);
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const char of body) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
