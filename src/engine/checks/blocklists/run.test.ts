import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { faulty } from '../../test-support/dns-faults.ts';
import type { SenderDetails } from '../types.ts';
import type { BlocklistRow } from './lookup.ts';
import { BLOCKLISTS } from './registry.ts';
import { runBlocklists, run, type BlocklistOptions } from './run.ts';

const IP = '93.184.216.34';
const REV = '34.216.184.93';
const V6 = '2a00:1450:4001:81c::200e';
const V6_REV = 'e.0.0.2.0.0.0.0.0.0.0.0.0.0.0.0.c.1.8.0.1.0.0.4.0.5.4.1.0.0.a.2';
const V6_TEST = '2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0';
const KEY = 'abcdefghij0123456789klmnop';

/** Every zone answering its RFC 5782 test entries correctly, with nothing listed. */
function healthy(extra: Zone = {}, useDqs = false): Zone {
  const zone: Zone = {};
  for (const list of BLOCKLISTS) {
    const z = useDqs && list.dqs ? `${KEY}.${list.dqs}.dq.spamhaus.net` : list.zone;
    if (list.keys.includes('ip4')) zone[`2.0.0.127.${z}`] = { A: ['127.0.0.2'] };
    if (list.keys.includes('ip6')) zone[`${V6_TEST}.${z}`] = { A: ['127.0.0.2'] };
    if (list.keys.includes('domain'))
      zone[`${list.domainTest?.listed ?? 'test'}.${z}`] = { A: ['127.0.0.2'] };
  }
  return { ...zone, ...extra };
}

const sender: SenderDetails = { sendingIp: IP, fromDomain: 'example.com' };
const ctx = (zone: Zone, s: SenderDetails = sender) => ({
  resolver: zoneResolver(zone),
  sender: s,
});
const check = (zone: Zone, options: BlocklistOptions = {}, s: SenderDetails = sender) =>
  runBlocklists(ctx(zone, s), options);
const row = (
  rows: BlocklistRow[] | undefined,
  id: string,
  type = 'ip4',
): BlocklistRow | undefined => rows?.find((r) => r.listId === id && r.keyType === type);

describe('blocklist check', () => {
  it('passes when every list answered cleanly and passed its self-test', async () => {
    const result = await check(healthy(), { registeredResolver: true });
    expect(result.verdict).toBe('pass');
    expect(result.details?.rows.every((r) => r.status === 'clear' && r.selfTest === 'passed')).toBe(
      true,
    );
    expect(result.details?.rows.map((r) => r.listId)).toContain('barracuda-brbl');
    expect(result.queries.some((q) => q.name === `2.0.0.127.zen.spamhaus.org`)).toBe(true);
    expect(result.queries.some((q) => q.name === `1.0.0.127.zen.spamhaus.org`)).toBe(true);
    expect(result.queries.some((q) => q.name === `${REV}.zen.spamhaus.org`)).toBe(true);
    expect(result.queries.some((q) => q.name === 'example.com.dbl.spamhaus.org')).toBe(true);
    expect(result.queries.some((q) => q.name === 'dbltest.com.dbl.spamhaus.org')).toBe(true);
    expect(result.queries.some((q) => q.name === 'invalid.multi.surbl.org')).toBe(true);
  });

  it('does not ask Barracuda through an unregistered resolver, and says so', async () => {
    const result = await run(ctx(healthy()));
    expect(result.verdict).toBe('warn');
    const barracuda = row(result.details?.rows, 'barracuda-brbl');
    expect(barracuda).toMatchObject({
      status: 'unknown',
      selfTest: 'not-run',
      lookupUrl: 'https://www.barracudacentral.org/lookups',
    });
    expect(barracuda?.why).toContain('registered');
    expect(result.queries.some((q) => q.name.endsWith('barracudacentral.org'))).toBe(false);
    expect(result.finding).toContain('could not be checked here: Barracuda BRBL');
    expect(result.manualCheck).toContain('https://www.barracudacentral.org/lookups');
  });

  it('fails on a trustworthy Spamhaus listing and names it', async () => {
    const result = await check(healthy({ [`${REV}.zen.spamhaus.org`]: { A: ['127.0.0.4'] } }), {
      registeredResolver: true,
    });
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('Spamhaus ZEN');
    expect(result.finding).toContain('XBL');
    expect(row(result.details?.rows, 'spamhaus-zen')).toMatchObject({
      status: 'listed',
      severity: 'major',
      matters: true,
      answer: ['127.0.0.4'],
    });
    expect(result.fixes[0]?.text).toMatch(/infected/);
  });

  it('explains a PBL listing as policy with the smarthost way out', async () => {
    const result = await check(healthy({ [`${REV}.zen.spamhaus.org`]: { A: ['127.0.0.10'] } }), {
      registeredResolver: true,
    });
    expect(result.verdict).toBe('fail');
    expect(result.fixes[0]?.text).toMatch(/smarthost/);
  });

  it('never calls a Spamhaus public-resolver refusal "listed"', async () => {
    const refused: Zone = {};
    for (const name of [
      `${REV}.zen.spamhaus.org`,
      '2.0.0.127.zen.spamhaus.org',
      '1.0.0.127.zen.spamhaus.org',
      'example.com.dbl.spamhaus.org',
      'dbltest.com.dbl.spamhaus.org',
      'invalid.dbl.spamhaus.org',
    ]) {
      refused[name] = { A: ['127.255.255.254'] };
    }
    const result = await check(healthy(refused), { registeredResolver: true });
    expect(result.verdict).toBe('warn');
    const zen = row(result.details?.rows, 'spamhaus-zen');
    expect(zen?.status).toBe('unknown');
    expect(zen?.why).toContain('public/open resolver');
    expect(zen?.why).toContain('DQS');
    expect(row(result.details?.rows, 'spamhaus-dbl', 'domain')?.status).toBe('unknown');
    const dqs = result.fixes.find((f) => f.text.includes('DQS key'));
    expect(dqs?.text).toContain('resolver of your own');
    // There is nowhere to enter a key in the app: the advice does not ask for one.
    expect(dqs?.text).not.toMatch(/enter it/);
  });

  it('says unknown for a list whose self-test fails, even when the real query says listed', async () => {
    const zone = healthy({ [`${REV}.bl.spamcop.net`]: { A: ['127.0.0.2'] } });
    delete zone['2.0.0.127.bl.spamcop.net'];
    const result = await check(zone, { registeredResolver: true });
    const spamcop = row(result.details?.rows, 'spamcop');
    expect(spamcop).toMatchObject({ status: 'unknown', selfTest: 'failed' });
    expect(spamcop?.why).toContain('not answering correctly through this resolver');
    expect(result.verdict).toBe('warn');
  });

  it('distrusts a resolver that "lists" the 127.0.0.1 test entry (wildcards, hijacking)', async () => {
    const result = await check(healthy({ '1.0.0.127.psbl.surriel.com': { A: ['127.0.0.2'] } }), {
      registeredResolver: true,
    });
    expect(row(result.details?.rows, 'psbl')).toMatchObject({
      status: 'unknown',
      selfTest: 'failed',
    });
  });

  it('treats answers outside 127/8 as unknown', async () => {
    const result = await check(healthy({ [`${REV}.psbl.surriel.com`]: { A: ['198.51.100.9'] } }), {
      registeredResolver: true,
    });
    expect(row(result.details?.rows, 'psbl')?.status).toBe('unknown');
  });

  it('uses the DQS key for every Spamhaus zone, adds ZRD, and keeps the key out of the evidence', async () => {
    const zone = healthy({}, true);
    const result = await check(zone, { registeredResolver: true, dqsKey: KEY });
    const spamhausNames = result.queries
      .filter((q) => q.name.includes('spamhaus'))
      .map((q) => q.name);
    expect(spamhausNames).toContain(`${REV}.<dqs-key>.zen.dq.spamhaus.net`);
    expect(spamhausNames).toContain('example.com.<dqs-key>.dbl.dq.spamhaus.net');
    expect(spamhausNames).toContain('example.com.<dqs-key>.zrd.dq.spamhaus.net');
    expect(spamhausNames.some((name) => name.includes('spamhaus.org'))).toBe(false);
    expect(JSON.stringify(result)).not.toContain(KEY);
    expect(result.verdict).toBe('pass');
    expect(result.details?.dqs).toBe(true);
  });

  it('does not send a malformed DQS key to Spamhaus', async () => {
    const result = await check(healthy(), { registeredResolver: true, dqsKey: 'bad.key' });
    expect(row(result.details?.rows, 'spamhaus-zen')?.why).toContain('not a valid key');
    expect(result.queries.some((q) => q.name.includes('spamhaus'))).toBe(false);
  });

  it('warns for listings on minor lists only', async () => {
    const result = await check(
      healthy({ [`${REV}.dnsbl-2.uceprotect.net`]: { A: ['127.0.0.2'] } }),
      { registeredResolver: true },
    );
    expect(result.verdict).toBe('warn');
    expect(result.finding).toContain('minor');
    expect(result.fixes[0]?.text).toContain('cannot fix it yourself');
  });

  it('fails on a minor list when the bouncing provider uses it, and adds its portals', async () => {
    const zone = healthy({ [`${REV}.bl.score.senderscore.com`]: { A: ['127.0.0.2'] } });
    expect((await check(zone, { registeredResolver: true })).verdict).toBe('warn');
    const comcast = await check(zone, { registeredResolver: true, bouncingProvider: 'comcast' });
    expect(comcast.verdict).toBe('fail');
    expect(
      comcast.fixes.some(
        (f) => f.links?.[0]?.url === 'http://postmaster.comcast.net/mail-error-codes.html',
      ),
    ).toBe(true);
    const microsoft = await check(healthy(), {
      registeredResolver: true,
      bouncingProvider: 'microsoft',
    });
    expect(microsoft.fixes.some((f) => f.links?.[0]?.url === 'https://sender.office.com/')).toBe(
      true,
    );
  });

  it('decodes domain bitmask listings and URIBL refusals', async () => {
    const result = await check(
      healthy({
        'example.com.multi.surbl.org': { A: ['127.0.0.80'] },
        'example.com.multi.uribl.com': { A: ['127.0.0.1'] },
      }),
      { registeredResolver: true },
    );
    expect(result.verdict).toBe('fail');
    expect(row(result.details?.rows, 'surbl-multi', 'domain')?.meanings.join(' ')).toMatch(
      /MW.*ABUSE/,
    );
    expect(row(result.details?.rows, 'uribl-multi', 'domain')).toMatchObject({ status: 'unknown' });
  });

  it('reads a good Mailspike reputation as clear', async () => {
    const result = await check(healthy({ [`${REV}.rep.mailspike.net`]: { A: ['127.0.0.18'] } }), {
      registeredResolver: true,
    });
    expect(row(result.details?.rows, 'mailspike-rep')).toMatchObject({ status: 'clear' });
    expect(result.verdict).toBe('pass');
  });

  it.each(DNS_ERROR_KINDS)(
    'marks only the failing list unknown on %s while the others finish',
    async (kind) => {
      const resolver = faulty(healthy(), (name) =>
        name.endsWith(`${REV}.bl.spamcop.net`) ? kind : undefined,
      );
      const result = await runBlocklists({ resolver, sender }, { registeredResolver: true });
      expect(row(result.details?.rows, 'spamcop')?.status).toBe('unknown');
      expect(row(result.details?.rows, 'spamcop')?.why).toContain('Could not ask SpamCop');
      expect(result.details?.rows.filter((r) => r.status === 'clear').length).toBeGreaterThan(10);
      expect(result.verdict).toBe('warn');
    },
  );

  it('marks a list unknown when its self-test query fails', async () => {
    const resolver = faulty(healthy(), (name) =>
      name.endsWith('2.0.0.127.psbl.surriel.com') ? 'timeout' : undefined,
    );
    const result = await runBlocklists({ resolver, sender }, { registeredResolver: true });
    expect(row(result.details?.rows, 'psbl')).toMatchObject({
      status: 'unknown',
      selfTest: 'error',
    });
  });

  it('says unknown when no list can answer', async () => {
    const resolver = faulty({}, () => 'servfail');
    const result = await runBlocklists({ resolver, sender }, {});
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toBeTruthy();
    expect(result.manualCheck).toContain('https://check.spamhaus.org/');
  });

  it('skips IP lists for a private IP and checks the domain only', async () => {
    const result = await check(
      healthy(),
      { registeredResolver: true },
      { sendingIp: '192.168.1.5', fromDomain: 'example.com' },
    );
    expect(result.details?.rows.every((r) => r.keyType === 'domain')).toBe(true);
    expect(result.details?.skipped[0]?.why).toContain('not a public IP');
    expect(result.queries.some((q) => q.name.includes('168.192'))).toBe(false);
  });

  it('queries IPv6 only on lists that cover IPv6, with the IPv6 test entries', async () => {
    const result = await check(healthy(), { registeredResolver: true }, { sendingIp: V6 });
    expect(new Set(result.details?.rows.map((r) => r.listId))).toEqual(
      new Set(['spamhaus-zen', 'dronebl', 's5h']),
    );
    expect(result.queries.some((q) => q.name === `${V6_REV}.zen.spamhaus.org`)).toBe(true);
    expect(result.queries.some((q) => q.name === `${V6_TEST}.zen.spamhaus.org`)).toBe(true);
    expect(result.verdict).toBe('pass');
    expect(result.details?.skipped.some((s) => s.list === 'SpamCop')).toBe(true);
  });

  it('looks up the From and envelope domains (de-duplicated, IDN in punycode)', async () => {
    const result = await check(
      healthy(),
      { lists: ['spamhaus-dbl'] },
      { fromAddress: 'Jörg <j@bücher.example>', envelopeDomain: 'Bounce.Example.com' },
    );
    expect(result.details?.domains).toEqual(['xn--bcher-kva.example', 'bounce.example.com']);
  });

  it('says unknown when there is nothing to look up', async () => {
    const result = await check(healthy(), {}, {});
    expect(result.verdict).toBe('unknown');
    expect(result.queries).toEqual([]);
  });
});
