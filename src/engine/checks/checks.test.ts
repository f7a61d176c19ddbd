import { describe, expect, it } from 'vitest';
import { SENDER_FIELDS } from '../sender/fields.ts';
import { CHECK_IDS, CHECKS, checkById, DNS_CHECK_IDS, isCheckId } from './checks.ts';

describe('CHECKS, the one list of checks', () => {
  it('gives each check one id, in the order the wizard lists them', () => {
    expect(CHECK_IDS).toEqual([
      'address',
      'spf',
      'dkim',
      'dmarc',
      'reverse-dns',
      'blocklists',
      'tls-policy',
      'bulk-sender',
      'content',
    ]);
    expect(new Set(CHECK_IDS).size).toBe(CHECKS.length);
    expect(isCheckId('spf')).toBe(true);
    expect(isCheckId('bulk')).toBe(false);
  });

  it('says for each check which sender fields it reads and why it matters', () => {
    for (const check of CHECKS) {
      expect(check.needs.length, check.id).toBeGreaterThan(0);
      for (const field of check.needs) expect(SENDER_FIELDS, check.id).toContain(field);
      expect(check.why, check.id).toMatch(/^[A-Z].+\.$/);
      expect(checkById(check.id)).toBe(check);
    }
  });

  it('leaves only the content check out of the DNS-only checks: it reads the message', () => {
    expect(DNS_CHECK_IDS).toEqual(CHECK_IDS.filter((id) => id !== 'content'));
  });
});
