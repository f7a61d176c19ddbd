import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bitLength, readTlv } from './der.ts';
import { readRsaKey } from './public-key.ts';

const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).publicKey;

describe('readRsaKey', () => {
  it.each([512, 1024, 2048, 4096])('reads the modulus length of a %i-bit SPKI key', (bits) => {
    const der = rsa(bits).export({ type: 'spki', format: 'der' });
    expect(readRsaKey(new Uint8Array(der))).toEqual({
      ok: true,
      form: 'spki',
      bits,
      exponent: 65537,
    });
  });
  it('reads a bare PKCS#1 RSAPublicKey too', () => {
    const der = rsa(1024).export({ type: 'pkcs1', format: 'der' });
    expect(readRsaKey(new Uint8Array(der))).toMatchObject({ ok: true, form: 'pkcs1', bits: 1024 });
  });
  it('recognises an Ed25519 key wrapped as SPKI', () => {
    const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
    expect(readRsaKey(new Uint8Array(der))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Ed25519/),
    });
  });
  it('rejects truncated, padded and non-key DER', () => {
    const der = new Uint8Array(rsa(1024).export({ type: 'spki', format: 'der' }));
    expect(readRsaKey(der.slice(0, der.length - 10)).ok).toBe(false);
    expect(readRsaKey(new Uint8Array([...der, 0])).ok).toBe(false);
    expect(readRsaKey(new Uint8Array([0x02, 0x01, 0x05])).ok).toBe(false);
    expect(readRsaKey(new Uint8Array([])).ok).toBe(false);
  });
});

describe('DER helpers', () => {
  it('reads long-form lengths and refuses the indefinite form', () => {
    expect(readTlv(new Uint8Array([0x04, 0x81, 0x02, 1, 2]), 0)).toEqual({
      tag: 4,
      start: 3,
      end: 5,
    });
    expect(readTlv(new Uint8Array([0x30, 0x80, 0, 0]), 0)).toBeUndefined();
    expect(readTlv(new Uint8Array([0x04, 0x05, 1]), 0)).toBeUndefined();
  });
  it('counts significant bits, skipping the sign byte', () => {
    expect(bitLength(new Uint8Array([0x00, 0x80, 0x00]), 0, 3)).toBe(16);
    expect(bitLength(new Uint8Array([0x01]), 0, 1)).toBe(1);
    expect(bitLength(new Uint8Array([0x00]), 0, 1)).toBe(0);
  });
});
