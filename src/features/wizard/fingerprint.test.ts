import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('is stable for the same text', () => {
    expect(fingerprint('550 5.1.1 User unknown')).toBe(fingerprint('550 5.1.1 User unknown'));
  });

  it('differs for texts of the same length', () => {
    expect(fingerprint('550 5.1.1')).not.toBe(fingerprint('550 5.1.2'));
  });

  it('starts with the length in base 36', () => {
    expect(fingerprint('x'.repeat(36))).toMatch(/^10-/);
    expect(fingerprint('')).toMatch(/^0-/);
  });
});
