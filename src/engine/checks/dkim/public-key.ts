/**
 * What the key bytes in a DKIM "p=" tag say about themselves. RSA keys are read from the DER
 * itself (never trusted from a comment or the record length): RFC 6376 s3.6.1 publishes a
 * SubjectPublicKeyInfo in practice (the form its examples use; s3.3.1 speaks of RSAPublicKey),
 * so both the SPKI wrapper and a bare PKCS#1 RSAPublicKey (RFC 8017 A.1.1) are accepted.
 * Ed25519 keys are the raw 32 bytes (RFC 8463 s4.2).
 */
import { bitLength, readChildren, readTlv, TAG } from './der.ts';

export type RsaKeyInfo =
  | { ok: true; form: 'spki' | 'pkcs1'; bits: number; exponent: number }
  | { ok: false; reason: string };

// 1.2.840.113549.1.1.1 rsaEncryption, DER content bytes (RFC 8017 A.1).
const RSA_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
// 1.3.101.112 id-Ed25519 (RFC 8410 s3): an SPKI-wrapped Ed25519 key, a common mistake.
const ED25519_OID = [0x2b, 0x65, 0x70];

function sameBytes(bytes: Uint8Array, start: number, end: number, expected: number[]): boolean {
  return end - start === expected.length && expected.every((b, i) => bytes[start + i] === b);
}

function readRsaPublicKey(bytes: Uint8Array, start: number, end: number) {
  const outer = readTlv(bytes, start, end);
  if (!outer || outer.tag !== TAG.SEQUENCE || outer.end !== end) return undefined;
  const [modulus, exponent, extra] = readChildren(bytes, outer) ?? [];
  if (!modulus || !exponent || extra) return undefined;
  if (modulus.tag !== TAG.INTEGER || exponent.tag !== TAG.INTEGER) return undefined;
  let e = 0;
  for (let i = exponent.start; i < exponent.end; i++) e = e * 256 + (bytes[i] ?? 0);
  return { bits: bitLength(bytes, modulus.start, modulus.end), exponent: e };
}

export function readRsaKey(bytes: Uint8Array): RsaKeyInfo {
  const outer = readTlv(bytes, 0);
  if (!outer || outer.tag !== TAG.SEQUENCE) return { ok: false, reason: 'not a DER SEQUENCE' };
  if (outer.end !== bytes.length) return { ok: false, reason: 'extra bytes after the key' };
  const children = readChildren(bytes, outer);
  if (!children) return { ok: false, reason: 'truncated DER' };
  if (children[0]?.tag === TAG.INTEGER) {
    const key = readRsaPublicKey(bytes, 0, bytes.length);
    return key ? { ok: true, form: 'pkcs1', ...key } : { ok: false, reason: 'bad RSAPublicKey' };
  }
  const [algorithm, subjectKey] = children;
  if (algorithm?.tag !== TAG.SEQUENCE || subjectKey?.tag !== TAG.BIT_STRING) {
    return { ok: false, reason: 'not a SubjectPublicKeyInfo' };
  }
  const oid = readTlv(bytes, algorithm.start, algorithm.end);
  if (oid?.tag !== TAG.OID) return { ok: false, reason: 'no algorithm identifier' };
  if (sameBytes(bytes, oid.start, oid.end, ED25519_OID)) {
    return { ok: false, reason: 'this is an Ed25519 key wrapped as SubjectPublicKeyInfo' };
  }
  if (!sameBytes(bytes, oid.start, oid.end, RSA_OID)) {
    return { ok: false, reason: 'the key algorithm is not rsaEncryption' };
  }
  // BIT STRING content: one "unused bits" byte (0 for keys), then the RSAPublicKey DER.
  if (bytes[subjectKey.start] !== 0) return { ok: false, reason: 'bad BIT STRING' };
  const key = readRsaPublicKey(bytes, subjectKey.start + 1, subjectKey.end);
  return key ? { ok: true, form: 'spki', ...key } : { ok: false, reason: 'bad RSAPublicKey' };
}

/** RFC 8463 s4.2: the Ed25519 "p=" value is the raw 32-byte public key. */
export const ED25519_KEY_BYTES = 32;
