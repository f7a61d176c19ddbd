/**
 * Hostile DNS through the whole battery (issue 3, section 5): include loops, lookup bombs, CNAME
 * loops, giant TXT records and thousands of MX names each end with the result the RFC gives,
 * after a bounded number of questions (counted, not timed), and the other checks still finish.
 * The starting point is the healthy sender of test-support/sender.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolverStack } from '../dns/resolver-stack.ts';
import type { Resolver } from '../dns/types.ts';
import { zoneResolver, type Zone } from '../dns/zone.ts';
import { runChecks } from './run-checks.ts';
import type { SpfDetails } from './spf/index.ts';
import { POLICY, senderDetails, senderZone } from '../test-support/sender.ts';
import type { TlsPolicyDetails } from './tls-policy/index.ts';
import { DNS_CHECK_IDS } from './checks.ts';
import type { CheckId, CheckResult } from './types.ts';
import { rsaPublicKey } from '../test-support/keys.ts';

const IDS: CheckId[] = [...DNS_CHECK_IDS];
const key = rsaPublicKey();

interface Outcome {
  results: Record<string, CheckResult>;
  /** Questions that reached the zone (after the cache). */
  sent: string[];
}

async function battery(changes: Zone): Promise<Outcome> {
  const zone = zoneResolver({ ...senderZone(key), ...changes });
  const sent: string[] = [];
  const counting: Resolver = (name, type, options) => {
    sent.push(`${type} ${name}`);
    return zone(name, type, options);
  };
  const { resolver } = createResolverStack(counting);
  const fetchText = async () => ({ ok: true as const, text: POLICY });
  const list = await runChecks(IDS, { resolver, sender: senderDetails(), fetchText });
  expect(list.map((r) => r.id)).toEqual(IDS);
  return { results: Object.fromEntries(list.map((r) => [r.id, r])), sent };
}

const spfOf = (outcome: Outcome) =>
  (outcome.results.spf?.details as SpfDetails | undefined)?.evaluation;
const txtQueries = (outcome: Outcome) => outcome.results.spf?.queries.length ?? Infinity;

let healthy: Outcome;
beforeAll(async () => {
  healthy = await battery({});
});

describe('hostile DNS through the battery', () => {
  it('the healthy sender, for comparison', () => {
    expect(spfOf(healthy)?.result).toBe('pass');
    expect(healthy.sent.length).toBeLessThan(70);
  });

  it('an include loop: SPF permerror at the 10-lookup limit (RFC 7208 s4.6.4)', async () => {
    const out = await battery({
      '_netblocks.esp.example.net': { TXT: ['v=spf1 include:_spf.example.com ~all'] },
    });
    expect(spfOf(out)?.result).toBe('permerror');
    expect(out.results.spf?.verdict).toBe('fail');
    expect(txtQueries(out)).toBeLessThanOrEqual(12);
    expect(out.results.dmarc?.verdict).toBe('pass');
  });

  it('a lookup bomb (every record includes ten more): permerror, bounded questions', async () => {
    const bomb: Zone = {};
    for (let i = 0; i < 2000; i++) {
      const kids = Array.from(
        { length: 10 },
        (_, k) => `include:b${(i * 10 + k + 1) % 2000}.example.net`,
      );
      bomb[`b${i}.example.net`] = { TXT: [`v=spf1 ${kids.join(' ')} -all`] };
    }
    bomb['example.com'] = { TXT: ['v=spf1 include:b0.example.net -all'] };
    const out = await battery(bomb);
    expect(spfOf(out)?.result).toBe('permerror');
    // The record, 10 counted terms (s4.6.4), at most 10 speculative ones (prefetch.ts) and the
    // 11 records the inspection reads (inspect.ts) bound it; most of these are the same names.
    expect(txtQueries(out)).toBeLessThanOrEqual(1 + 10 + 10 + 11);
    expect(out.sent.length).toBeLessThan(healthy.sent.length + 32);
  });

  it('void lookups past two: permerror (RFC 7208 s4.6.4)', async () => {
    const out = await battery({
      'example.com': {
        TXT: ['v=spf1 a:gone1.example.com a:gone2.example.com a:gone3.example.com -all'],
      },
    });
    expect(spfOf(out)?.result).toBe('permerror');
    expect(spfOf(out)?.reason).toMatch(/void/);
  });

  it('CNAME loops: SPF temperror, DMARC and DKIM unknown; each name asked once', async () => {
    const loop = (to: string) => ({ CNAME: [to] });
    const out = await battery({
      '_spf.example.com': loop('loop1.example.net'),
      'loop1.example.net': loop('loop2.example.net'),
      'loop2.example.net': loop('_spf.example.com'),
      '_dmarc.example.com': loop('_dmarc.loop.example.net'),
      '_dmarc.loop.example.net': loop('_dmarc.example.com'),
      'sel2048._domainkey.example.com': loop('sel2048._domainkey.example.com'),
    });
    expect(spfOf(out)?.result).toBe('temperror');
    for (const id of ['spf', 'dmarc', 'dkim'] as const) {
      expect(out.results[id]?.verdict, id).toBe('unknown');
      expect(out.results[id]?.unknownReason, id).toMatch(/loop/i);
    }
    expect(out.results['reverse-dns']?.verdict).toBe('pass');
    expect(new Set(out.sent).size).toBe(out.sent.length);
  });

  it('giant TXT records (100 kB): read once, judged by the RFCs, nothing hangs', async () => {
    const junk = 'x'.repeat(100_000);
    const ip4 = Array.from({ length: 5000 }, (_, i) => `ip4:10.${i >> 8}.${i & 255}.1`).join(' ');
    const out = await battery({
      'example.com': {
        TXT: [junk, `v=spf1 ${ip4} include:_spf.example.com -all`],
      },
      '_dmarc.example.com': {
        TXT: [`v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net; x=${junk}`],
      },
      'sel2048._domainkey.example.com': { TXT: [`v=DKIM1; k=rsa; p=${junk}`] },
      '_mta-sts.example.org': { TXT: [`v=STSv1; id=1; x=${junk}`] },
      '_smtp._tls.example.org': { TXT: [`v=TLSRPTv1; rua=mailto:${junk}@example.org`] },
    });
    // A 100 kB SPF record is still one record (s3.4 only advises staying under 512 octets).
    expect(spfOf(out)?.result).toBe('pass');
    // Unknown DMARC tags are ignored (RFC 9989 s4.7).
    expect(out.results.dmarc?.verdict).toBe('pass');
    // p= is not a public key: the key is unusable.
    expect(out.results.dkim?.verdict).toBe('fail');
    expect(out.results['tls-policy']?.verdict).not.toBe('pass');
    expect(out.sent.length).toBe(healthy.sent.length);
  });

  it('thousands of MX names: SPF permerror without address lookups; recipient checks cap', async () => {
    const many = (domain: string): [number, string][] =>
      Array.from({ length: 5000 }, (_, i) => [i, `mx${i}.${domain}`]);
    const out = await battery({
      '_netblocks.esp.example.net': {
        TXT: ['v=spf1 ip4:198.51.100.0/24 a mx ~all'],
        A: ['198.51.100.7'],
        MX: many('esp.example.net'),
      },
      'example.org': { MX: many('example.org') },
    });
    // s4.6.4: an "mx" term with more than 10 MX names is a permerror.
    expect(spfOf(out)?.result).toBe('permerror');
    expect(out.sent.some((q) => q.endsWith('.esp.example.net') && q.startsWith('A mx'))).toBe(
      false,
    );
    // The address check looks up 10 hosts (A, AAAA, CNAME each); TLS policy compares 100.
    expect(out.results.address?.queries).toHaveLength(1 + 10 * 3);
    expect(out.results.address?.finding).toContain('looked up only the first 10 of 5000');
    const tls = out.results['tls-policy']?.details as TlsPolicyDetails | undefined;
    expect(tls?.mtaSts?.mx).toHaveLength(100);
    expect(out.results['tls-policy']?.verdict).toBe('warn');
    expect(out.sent.length).toBeLessThan(healthy.sent.length + 30);
  });
});
