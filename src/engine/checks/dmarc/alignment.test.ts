import { describe, expect, it } from 'vitest';
import { alignment, type AlignmentMode } from './alignment.ts';

const ORGS: Record<string, string> = {
  'example.com': 'example.com',
  'mail.example.com': 'example.com',
  'bounce.example.com': 'example.com',
  'esp.example.net': 'example.net',
  'dept.example.com': 'dept.example.com', // psd=n: its own Organizational Domain
};
const orgDomainOf = (d: string) => ORGS[d];

describe('alignment: relaxed/strict matrix (RFC 9989 s4.4)', () => {
  const cases: [string, string, AlignmentMode, boolean | undefined][] = [
    ['example.com', 'example.com', 's', true],
    ['example.com', 'example.com', 'r', true],
    ['mail.example.com', 'bounce.example.com', 's', false],
    ['mail.example.com', 'bounce.example.com', 'r', true],
    ['example.com', 'esp.example.net', 'r', false],
    ['example.com', 'esp.example.net', 's', false],
    ['dept.example.com', 'example.com', 'r', false],
    ['example.com', 'unknown.example.org', 'r', undefined],
    ['example.com', 'unknown.example.org', 's', false],
  ];
  it.each(cases)('From %s, identifier %s, mode %s -> %s', (from, id, mode, expected) => {
    const spf = alignment({ fromDomain: from, spfDomain: id, aspf: mode, orgDomainOf });
    const dkim = alignment({ fromDomain: from, dkimDomains: [id], adkim: mode, orgDomainOf });
    expect(spf.aligned).toBe(expected);
    expect(dkim.aligned).toBe(expected);
    expect(spf.identifiers[0]?.strict).toBe(from === id);
  });
  it('reports both strict and relaxed whatever the mode', () => {
    const result = alignment({
      fromDomain: 'mail.example.com',
      spfDomain: 'bounce.example.com',
      aspf: 's',
      orgDomainOf,
    });
    expect(result.identifiers[0]).toMatchObject({
      method: 'spf',
      strict: false,
      relaxed: true,
      aligned: false,
    });
  });
  it('passes when any identifier aligns, fails when all are known not to', () => {
    const any = alignment({
      fromDomain: 'example.com',
      spfDomain: 'esp.example.net',
      dkimDomains: ['Example.COM.'],
      orgDomainOf,
    });
    expect(any.aligned).toBe(true);
    const none = alignment({
      fromDomain: 'example.com',
      spfDomain: 'esp.example.net',
      dkimDomains: ['esp.example.net'],
      orgDomainOf,
    });
    expect(none.aligned).toBe(false);
    expect(none.identifiers).toHaveLength(2);
  });
  it('is unknown with no identifiers, or when only unknown ones fail to align', () => {
    expect(alignment({ fromDomain: 'example.com', orgDomainOf }).aligned).toBeUndefined();
    const mixed = alignment({
      fromDomain: 'example.com',
      spfDomain: 'esp.example.net',
      dkimDomains: ['x.example.org'],
      orgDomainOf,
    });
    expect(mixed.aligned).toBeUndefined();
  });
});
