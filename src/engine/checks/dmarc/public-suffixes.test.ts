import { describe, expect, it } from 'vitest';
import { approximateOrgDomain } from './public-suffixes.ts';

describe('approximateOrgDomain (RFC 7489 view only)', () => {
  it.each([
    ['mail.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['com', 'com'],
  ])('%s -> %s', (domain, org) => {
    expect(approximateOrgDomain(domain)).toBe(org);
  });
});
