import { describe, expect, it } from 'vitest';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { lookups } from '../../dns/settle.ts';
import { dmarcLookup } from './lookup.ts';
import { applyPolicy, discoverPolicy, needsExistence } from './policy.ts';
import { parseDmarcRecord } from './record.ts';
import { selectOrgDomain, treeWalk } from './tree-walk.ts';

async function discover(zone: Zone, from: string) {
  const walk = await treeWalk(from, dmarcLookup(lookups(zoneResolver(zone))));
  return discoverPolicy(walk, selectOrgDomain(walk));
}
const at = (record: string) => ({
  source: 'author' as const,
  policyDomain: 'example.com',
  record: parseDmarcRecord(record),
});
const inherited = (record: string) => ({ ...at(record), source: 'organizational' as const });

describe('discoverPolicy (RFC 9989 s4.10.1)', () => {
  it('prefers the record at the From domain', async () => {
    const zone = {
      '_dmarc.a.example.com': { TXT: ['v=DMARC1; p=none'] },
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
    };
    expect(await discover(zone, 'a.example.com')).toMatchObject({
      source: 'author',
      policyDomain: 'a.example.com',
    });
  });
  it('uses the Organizational Domain record, skipping intermediate ones', async () => {
    const zone = {
      '_dmarc.b.example.com': { TXT: ['v=DMARC1; p=none'] },
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
    };
    expect(await discover(zone, 'a.b.example.com')).toMatchObject({
      source: 'organizational',
      policyDomain: 'example.com',
    });
  });
  it('falls back to the Public Suffix Domain record (psd=y)', async () => {
    const zone = { '_dmarc.example': { TXT: ['v=DMARC1; p=reject; psd=y'] } };
    expect(await discover(zone, 'mail.shop.example')).toMatchObject({
      source: 'public-suffix',
      policyDomain: 'example',
    });
  });
  it('finds nothing when no record exists', async () => {
    expect(await discover({}, 'mail.example.com')).toBeUndefined();
  });
});

describe('applyPolicy', () => {
  it('takes p= at the From domain and sp= for subdomains', () => {
    expect(applyPolicy(at('v=DMARC1; p=reject; sp=none'))).toMatchObject({
      usable: true,
      applied: { tag: 'p', requested: 'reject' },
    });
    expect(applyPolicy(inherited('v=DMARC1; p=reject; sp=none'))).toMatchObject({
      applied: { tag: 'sp', requested: 'none' },
    });
    expect(applyPolicy(inherited('v=DMARC1; p=quarantine'))).toMatchObject({
      applied: { tag: 'p', requested: 'quarantine' },
    });
  });
  it('takes np= only for a From domain that does not exist', () => {
    const d = inherited('v=DMARC1; p=none; np=reject');
    expect(needsExistence(d)).toBe(true);
    expect(needsExistence(at('v=DMARC1; p=none; np=reject'))).toBe(false);
    expect(applyPolicy(d, false)).toMatchObject({ applied: { tag: 'np', requested: 'reject' } });
    expect(applyPolicy(d, true)).toMatchObject({ applied: { tag: 'p', requested: 'none' } });
  });
  it('weakens the policy one level under t=y', () => {
    expect(applyPolicy(at('v=DMARC1; p=reject; t=y'))).toMatchObject({
      applied: { requested: 'reject', effective: 'quarantine' },
    });
    expect(applyPolicy(at('v=DMARC1; p=quarantine; t=y'))).toMatchObject({
      applied: { effective: 'none' },
    });
  });
  it('treats a missing or invalid p= as p=none when rua= is valid, else as no policy (s4.10.1)', () => {
    expect(applyPolicy(at('v=DMARC1; p=block; rua=mailto:d@example.com'))).toMatchObject({
      applied: { requested: 'none', fellBack: true },
    });
    expect(applyPolicy(at('v=DMARC1; rua=mailto:d@example.com'))).toMatchObject({
      applied: { requested: 'none', fellBack: true },
    });
    expect(applyPolicy(at('v=DMARC1; p=block'))).toMatchObject({
      usable: false,
      reason: expect.stringMatching(/no valid p=/),
    });
    expect(applyPolicy(at('v=DMARC1; p=reject; sp=bogus'))).toMatchObject({
      usable: false,
      reason: expect.stringMatching(/invalid sp=/),
    });
  });
});
