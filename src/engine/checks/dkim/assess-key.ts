/**
 * What is wrong (or right) with one DKIM key record. Each issue names the rule it applies.
 */
import { decodeBase64 } from './base64.ts';
import { parseKeyRecord, type DkimKeyRecord } from './key-record.ts';
import { ED25519_KEY_BYTES, readRsaKey } from './public-key.ts';

export type Severity = 'fail' | 'warn' | 'info';

export type KeyIssueCode =
  | 'malformed'
  | 'missing-p'
  | 'revoked'
  | 'bad-base64'
  | 'bad-rsa-key'
  | 'rsa-below-1024'
  | 'rsa-1024'
  | 'rsa-over-4096'
  | 'sha1-only'
  | 'sha1-allowed'
  | 'unknown-key-type'
  | 'not-for-email'
  | 'testing'
  | 'strict-identity'
  | 'ed25519-bad-length'
  | 'ed25519-needs-rsa';

export interface KeyIssue {
  severity: Severity;
  code: KeyIssueCode;
  message: string;
}

export interface KeyAssessment {
  status: 'active' | 'revoked' | 'invalid';
  keyType?: string;
  /** RSA modulus length read from the key itself. */
  bits?: number;
  keyForm?: 'spki' | 'pkcs1' | 'raw';
  testing: boolean;
  issues: KeyIssue[];
  record?: DkimKeyRecord;
}

const issue = (severity: Severity, code: KeyIssueCode, message: string): KeyIssue => ({
  severity,
  code,
  message,
});

function assessRsa(bytes: Uint8Array, issues: KeyIssue[]): Partial<KeyAssessment> {
  const key = readRsaKey(bytes);
  if (!key.ok) {
    issues.push(
      issue('fail', 'bad-rsa-key', `p= is not a readable RSA public key (${key.reason})`),
    );
    return { status: 'invalid' };
  }
  // RFC 8301 s3.2: signers MUST use >= 1024 bits, SHOULD use >= 2048; verifiers MUST NOT
  // accept < 1024 and need only handle up to 4096.
  if (key.bits < 1024) {
    const text = `RSA key is ${key.bits} bits; receivers must treat it as unsigned (RFC 8301 s3.2 requires at least 1024)`;
    issues.push(issue('fail', 'rsa-below-1024', text));
  } else if (key.bits < 2048) {
    const text = `RSA key is ${key.bits} bits: accepted, but RFC 8301 s3.2 and Gmail advise 2048`;
    issues.push(issue('warn', 'rsa-1024', text));
  } else if (key.bits > 4096) {
    const text = `RSA key is ${key.bits} bits; receivers only have to verify up to 4096 (RFC 8301 s3.2)`;
    issues.push(issue('warn', 'rsa-over-4096', text));
  }
  return { status: 'active', bits: key.bits, keyForm: key.form };
}

function assessEd25519(bytes: Uint8Array, issues: KeyIssue[]): Partial<KeyAssessment> {
  if (bytes.length !== ED25519_KEY_BYTES) {
    const text = `Ed25519 p= must be the raw 32-byte key (RFC 8463 s4.2); this one is ${bytes.length} bytes`;
    issues.push(issue('fail', 'ed25519-bad-length', text));
    return { status: 'invalid' };
  }
  // Verifiers MUST implement Ed25519 (RFC 8463), but many deployed ones still verify only RSA,
  // so the usual advice is to dual-sign (RSA + Ed25519) until support is universal.
  const text = 'Ed25519 key: many receivers still verify only RSA, so also sign with an RSA key';
  issues.push(issue('warn', 'ed25519-needs-rsa', text));
  return { status: 'active', keyForm: 'raw' };
}

function assessTags(record: DkimKeyRecord, issues: KeyIssue[]): void {
  // RFC 8301 s3.1: rsa-sha1 MUST NOT be used for signing or verifying.
  if (record.hashes && !record.hashes.includes('sha256')) {
    const text = `h=${record.hashes.join(':')} allows no SHA-256; SHA-1 signatures are not accepted (RFC 8301 s3.1)`;
    issues.push(issue('fail', 'sha1-only', text));
  } else if (record.hashes?.includes('sha1')) {
    issues.push(issue('info', 'sha1-allowed', 'h= still lists sha1, which RFC 8301 retired'));
  }
  // RFC 6376 s3.6.1 s=: "*" or "email"; a key limited to other services is not for mail.
  if (!record.services.some((s) => s === '*' || s === 'email')) {
    const text = `s=${record.services.join(':')} says this key is not for email`;
    issues.push(issue('fail', 'not-for-email', text));
  }
  if (record.flags.includes('y')) {
    const text =
      't=y: the domain says it is testing DKIM, so receivers may treat its signatures like none (RFC 6376 s3.6.1)';
    issues.push(issue('warn', 'testing', text));
  }
  if (record.flags.includes('s')) {
    const text = 't=s: signatures must use i= exactly equal to d= (no subdomains)';
    issues.push(issue('info', 'strict-identity', text));
  }
}

export function assessKeyRecord(text: string): KeyAssessment {
  const parsed = parseKeyRecord(text);
  if (!parsed.ok) {
    return {
      status: 'invalid',
      testing: false,
      issues: [issue('fail', 'malformed', parsed.reason)],
    };
  }
  const { record } = parsed;
  const issues: KeyIssue[] = [];
  const base = { record, keyType: record.keyType, testing: record.flags.includes('y'), issues };
  if (record.publicKey === undefined) {
    issues.push(
      issue('fail', 'missing-p', 'the record has no p= tag (RFC 6376 s3.6.1: p= is required)'),
    );
    return { ...base, status: 'invalid' };
  }
  if (record.publicKey === '') {
    // RFC 6376 s3.6.1: "An empty value means that this public key has been revoked."
    issues.push(issue('fail', 'revoked', 'p= is empty: this key has been revoked on purpose'));
    return { ...base, status: 'revoked' };
  }
  const bytes = decodeBase64(record.publicKey);
  if (!bytes) {
    issues.push(issue('fail', 'bad-base64', 'p= is not valid base64'));
    return { ...base, status: 'invalid' };
  }
  let key: Partial<KeyAssessment>;
  if (record.keyType === 'rsa') key = assessRsa(bytes, issues);
  else if (record.keyType === 'ed25519') key = assessEd25519(bytes, issues);
  else {
    // RFC 6376 s3.6.1 k=: unrecognised key types MUST be ignored, so the key is unusable.
    const text = `k=${record.keyType} is not a key type receivers know (rsa, ed25519)`;
    issues.push(issue('fail', 'unknown-key-type', text));
    return { ...base, status: 'invalid' };
  }
  assessTags(record, issues);
  return { ...base, ...key, status: key.status ?? 'invalid' };
}
