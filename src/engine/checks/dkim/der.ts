/**
 * A tiny ASN.1 DER reader (ITU-T X.690 s8.1, s10): just enough to walk a SubjectPublicKeyInfo
 * or an RSAPublicKey and find the modulus. Definite lengths only (DER forbids the indefinite
 * form); every length is checked against the bytes actually present.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

export interface Tlv {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the last content byte. */
  end: number;
}

/** Read one tag-length-value at `offset`; undefined if it is truncated or malformed. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | undefined {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined || offset + 2 > limit) return undefined;
  // Multi-byte tag numbers (low five bits all set) never occur in key structures.
  if ((tag & 0x1f) === 0x1f) return undefined;
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is the indefinite form, not allowed in DER; more than 4 length bytes is absurd here.
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** The children of a constructed value (a SEQUENCE), or undefined if any child is malformed. */
export function readChildren(bytes: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const children: Tlv[] = [];
  let offset = parent.start;
  while (offset < parent.end) {
    const child = readTlv(bytes, offset, parent.end);
    if (!child) return undefined;
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Number of significant bits in an unsigned big-endian integer (leading zero bytes ignored). */
export function bitLength(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && bytes[i] === 0) i++;
  const top = bytes[i];
  if (top === undefined || i >= end) return 0;
  return (end - i - 1) * 8 + (32 - Math.clz32(top));
}
