import { describe, expect, it } from 'vitest';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { inRounds } from '../../test-support/rounds.ts';
import { lookups } from '../../dns/settle.ts';
import { dmarcLookup } from './lookup.ts';
import { selectOrgDomain, treeWalk, walkNames } from './tree-walk.ts';

const walkIn = (zone: Zone, start: string) =>
  treeWalk(start, dmarcLookup(lookups(zoneResolver(zone))));
const dmarc = (txt: string) => ({ TXT: [txt] });

describe('walkNames (RFC 9989 s4.10)', () => {
  it('walks one label at a time for short names', () => {
    expect(walkNames('a.mail.example.com')).toEqual([
      'a.mail.example.com',
      'mail.example.com',
      'example.com',
      'com',
    ]);
  });
  it('jumps to the 7 right-most labels for long names: the RFC example, 8 queries', () => {
    expect(walkNames('a.b.c.d.e.f.g.h.i.j.mail.example.com')).toEqual([
      'a.b.c.d.e.f.g.h.i.j.mail.example.com',
      'g.h.i.j.mail.example.com',
      'h.i.j.mail.example.com',
      'i.j.mail.example.com',
      'j.mail.example.com',
      'mail.example.com',
      'example.com',
      'com',
    ]);
  });
  it('never makes more than 8 queries; exactly 8 labels is plain walking', () => {
    expect(walkNames('a.b.c.d.e.f.example.com')).toHaveLength(8);
    expect(walkNames(`${'x.'.repeat(40)}example.com`)).toHaveLength(8);
  });
});

describe('treeWalk and selectOrgDomain (RFC 9989 s4.10.2)', () => {
  it('finds the record with the fewest labels: the RFC example', async () => {
    const zone = {
      '_dmarc.mail.example.com': dmarc('v=DMARC1; p=none'),
      '_dmarc.example.com': dmarc('v=DMARC1; p=reject'),
    };
    const walk = await walkIn(zone, 'a.mail.example.com');
    expect(walk.steps.map((s) => s.outcome)).toEqual(['none', 'record', 'record', 'none']);
    expect(selectOrgDomain(walk)).toBe('example.com');
  });
  it('stops at psd=n, which marks the Organizational Domain', async () => {
    const zone = {
      '_dmarc.mail.example.com': dmarc('v=DMARC1; p=none; psd=n'),
      '_dmarc.example.com': dmarc('v=DMARC1; p=reject'),
    };
    const walk = await walkIn(zone, 'a.mail.example.com');
    expect(walk.steps).toHaveLength(2);
    expect(selectOrgDomain(walk)).toBe('mail.example.com');
  });
  it('psd=y makes the name one label below it the Organizational Domain', async () => {
    const walk = await walkIn(
      { '_dmarc.com': dmarc('v=DMARC1; p=reject; psd=y') },
      'a.mail.example.com',
    );
    expect(selectOrgDomain(walk)).toBe('example.com');
  });
  it('ignores psd=y at the start name', async () => {
    const walk = await walkIn(
      { '_dmarc.gov.example': dmarc('v=DMARC1; p=reject; psd=y') },
      'gov.example',
    );
    expect(selectOrgDomain(walk)).toBe('gov.example');
  });
  it('discards several DMARC records at one name but ignores other TXT there', async () => {
    const zone = {
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] },
      '_dmarc.example.org': { TXT: ['v=DMARC1; p=reject', 'some-verification=123'] },
    };
    expect((await walkIn(zone, 'example.com')).steps[0]?.outcome).toBe('multiple');
    expect((await walkIn(zone, 'example.org')).steps[0]?.outcome).toBe('record');
  });
  it('is its own Organizational Domain when there are no records at all', async () => {
    expect(selectOrgDomain(await walkIn({}, 'mail.example.com'))).toBe('mail.example.com');
  });
  it('stops at a DNS error and says where', async () => {
    const walk = await walkIn({ '_dmarc.example.com': { timeout: '*' } }, 'a.example.com');
    expect(walk.error?.error).toMatchObject({ kind: 'timeout', name: '_dmarc.example.com' });
    expect(walk.steps).toHaveLength(2);
  });
  it('asks every name at once and reads the answers in order: 8 names, one round trip', async () => {
    const counter = inRounds(zoneResolver({ '_dmarc.example.com': dmarc('v=DMARC1; p=reject') }));
    const walk = await treeWalk(
      'a.b.c.d.e.f.g.h.i.j.mail.example.com',
      dmarcLookup(lookups(counter.resolver)),
    );
    expect(walk.steps.map((s) => s.outcome)).toEqual([...Array(6).fill('none'), 'record', 'none']);
    expect(selectOrgDomain(walk)).toBe('example.com');
    expect(counter.rounds()).toBe(1);
  });
  it('queries each name once across walks', async () => {
    const names: string[] = [];
    const resolver = zoneResolver({});
    const lookup = dmarcLookup(
      lookups(async (name, type, o) => (names.push(name), resolver(name, type, o))),
    );
    await treeWalk('a.example.com', lookup);
    await treeWalk('b.example.com', lookup);
    expect(names).toEqual([
      '_dmarc.a.example.com',
      '_dmarc.example.com',
      '_dmarc.com',
      '_dmarc.b.example.com',
    ]);
  });
});
