import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assessKeyRecord } from './assess-key.ts';

const rsaP = (bits: number, type: 'spki' | 'pkcs1' = 'spki') =>
  generateKeyPairSync('rsa', { modulusLength: bits })
    .publicKey.export({ type, format: 'der' })
    .toString('base64');
const ed25519Spki = generateKeyPairSync('ed25519').publicKey.export({
  type: 'spki',
  format: 'der',
});
const ed25519Raw = ed25519Spki.subarray(ed25519Spki.length - 32).toString('base64');
const P2048 = rsaP(2048);

const codes = (text: string) => assessKeyRecord(text).issues.map((i) => `${i.severity}:${i.code}`);

describe('assessKeyRecord: RSA key sizes read from the key (RFC 8301 s3.2)', () => {
  it('fails 512-bit keys', () => {
    const a = assessKeyRecord(`v=DKIM1; k=rsa; p=${rsaP(512)}`);
    expect(a).toMatchObject({ status: 'active', bits: 512 });
    expect(codes(`v=DKIM1; p=${rsaP(512)}`)).toEqual(['fail:rsa-below-1024']);
  });
  it('warns at 1024 bits and is clean at 2048', () => {
    expect(codes(`v=DKIM1; p=${rsaP(1024)}`)).toEqual(['warn:rsa-1024']);
    expect(assessKeyRecord(`v=DKIM1; p=${P2048}`)).toMatchObject({
      status: 'active',
      bits: 2048,
      issues: [],
    });
  });
  it('accepts a bare RSAPublicKey and a p= split by whitespace', () => {
    const p = rsaP(2048, 'pkcs1');
    expect(assessKeyRecord(`p=${p.slice(0, 200)} ${p.slice(200)}`)).toMatchObject({
      keyForm: 'pkcs1',
      bits: 2048,
    });
  });
});

describe('assessKeyRecord: record rules (RFC 6376 s3.6.1)', () => {
  it('treats an empty p= as a revocation, not as malformed', () => {
    const a = assessKeyRecord('v=DKIM1; k=rsa; p=');
    expect(a.status).toBe('revoked');
    expect(a.issues.map((i) => i.code)).toEqual(['revoked']);
  });
  it('needs p=', () => {
    expect(codes('v=DKIM1; k=rsa')).toEqual(['fail:missing-p']);
  });
  it('requires v= to be first and DKIM1 when present', () => {
    expect(codes(`k=rsa; v=DKIM1; p=${P2048}`)).toEqual(['fail:malformed']);
    expect(codes(`v=DKIM2; p=${P2048}`)).toEqual(['fail:malformed']);
    expect(codes(`k=rsa; p=${P2048}`)).toEqual([]);
  });
  it('treats duplicate tags as an invalid record', () => {
    expect(codes(`v=DKIM1; p=${P2048}; p=${P2048}`)).toEqual(['fail:malformed']);
  });
  it('ignores unknown tags', () => {
    expect(codes(`v=DKIM1; x=whatever; g=*; p=${P2048}`)).toEqual([]);
  });
  it('fails a key limited to SHA-1 (RFC 8301 s3.1) and notes sha1 next to sha256', () => {
    expect(codes(`v=DKIM1; h=sha1; p=${P2048}`)).toEqual(['fail:sha1-only']);
    expect(codes(`v=DKIM1; h=sha1:sha256; p=${P2048}`)).toEqual(['info:sha1-allowed']);
  });
  it('warns in testing mode and notes t=s', () => {
    expect(codes(`v=DKIM1; t=y:s; p=${P2048}`)).toEqual(['warn:testing', 'info:strict-identity']);
    expect(assessKeyRecord(`v=DKIM1; t=y; p=${P2048}`).testing).toBe(true);
  });
  it('fails keys not meant for email and unknown key types', () => {
    expect(codes(`v=DKIM1; s=other; p=${P2048}`)).toEqual(['fail:not-for-email']);
    expect(codes(`v=DKIM1; s=email:other; p=${P2048}`)).toEqual([]);
    expect(codes(`v=DKIM1; k=dsa; p=${P2048}`)).toEqual(['fail:unknown-key-type']);
  });
  it('fails bad base64 and bytes that are not an RSA key', () => {
    expect(codes('v=DKIM1; p=not*base64')).toEqual(['fail:bad-base64']);
    expect(codes('v=DKIM1; p=AAAA')).toEqual(['fail:bad-rsa-key']);
  });
});

describe('assessKeyRecord: Ed25519 (RFC 8463)', () => {
  it('accepts a raw 32-byte key and advises dual-signing', () => {
    const a = assessKeyRecord(`v=DKIM1; k=ed25519; p=${ed25519Raw}`);
    expect(a).toMatchObject({ status: 'active', keyType: 'ed25519', keyForm: 'raw' });
    expect(a.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['warn:ed25519-needs-rsa']);
  });
  it('fails an Ed25519 key published as SubjectPublicKeyInfo', () => {
    expect(codes(`v=DKIM1; k=ed25519; p=${ed25519Spki.toString('base64')}`)).toEqual([
      'fail:ed25519-bad-length',
    ]);
  });
  it('fails an Ed25519 key published under k=rsa', () => {
    expect(codes(`v=DKIM1; p=${ed25519Spki.toString('base64')}`)).toEqual(['fail:bad-rsa-key']);
  });
});
