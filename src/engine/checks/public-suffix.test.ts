import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrgDomains, type OrgDomainOf } from './public-suffix.ts';

let orgDomainOf: OrgDomainOf;
beforeAll(async () => {
  orgDomainOf = await loadOrgDomains();
});

describe('Organizational Domains by the Public Suffix List (RFC 7489 s3.2)', () => {
  it.each([
    ['mail.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['news.example.co.il', 'example.co.il'],
    // Deeper and private suffixes the old ~130-entry subset did not know.
    ['www.city.kawasaki.jp', 'city.kawasaki.jp'],
    ['project.user.github.io', 'user.github.io'],
    ['a.b.example.invalid', 'example.invalid'],
  ])('%s -> %s', (domain, org) => {
    expect(orgDomainOf(domain)).toBe(org);
  });

  it('gives a name that is itself a public suffix back unchanged', () => {
    expect(orgDomainOf('com')).toBe('com');
    expect(orgDomainOf('co.uk')).toBe('co.uk');
    expect(orgDomainOf('github.io')).toBe('github.io');
  });
});
