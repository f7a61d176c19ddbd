import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS, type Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { faulty } from '../../test-support/dns-faults.ts';
import { parseIp, reverseName } from '../ip.ts';
import type { SenderDetails } from '../types.ts';
import { run } from './run.ts';

const rev = (ip: string): string => {
  const parsed = parseIp(ip);
  if (!parsed) throw new Error(ip);
  return reverseName(parsed);
};

const V6 = '2a00:1450:4001:81c::200e';
const ZONE: Zone = {
  [rev('93.184.216.34')]: { PTR: ['mail.example.com'] },
  'mail.example.com': { A: ['93.184.216.34'], AAAA: [V6] },
  [rev(V6)]: { PTR: ['mail.example.com'] },
  [rev('93.184.216.40')]: { PTR: ['mail.example.com'] },
  [rev('2a00:1450:4001:81c::1')]: { PTR: ['mail.example.com'] },
  [rev('93.184.216.41')]: { PTR: ['93-184-216-41.dyn.example.net'] },
  '93-184-216-41.dyn.example.net': { A: ['93.184.216.41'] },
  [rev('93.184.216.42')]: { PTR: ['mail.example.com', 'www.example.com'] },
  'www.example.com': { A: ['93.184.216.42'] },
  [rev('93.184.216.43')]: { PTR: ['gone.example.com'] },
  [rev('93.184.216.44')]: { PTR: ['slow.example.com'] },
  'slow.example.com': { timeout: '*' },
  'helo-elsewhere.example.com': { A: ['93.184.216.99'] },
  'alt.example.com': { A: ['93.184.216.34'] },
};

const ctx = (sender: SenderDetails, resolver: Resolver = zoneResolver(ZONE)) => ({
  resolver,
  sender,
});

describe('reverse DNS check', () => {
  it('passes an IPv4 sender with forward-confirmed reverse DNS', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.34', helo: 'mail.example.com' }));
    expect(result).toMatchObject({ id: 'reverse-dns', verdict: 'pass' });
    expect(result.finding).toBe(
      '93.184.216.34 has PTR mail.example.com, which resolves back to it (FCrDNS passes).',
    );
    expect(result.details?.iprev).toBe('pass');
    expect(result.details?.helo?.status).toBe('matches-ptr');
    // The HELO is the PTR name: its forward lookup is the same question, asked once.
    expect(result.queries.map((q) => `${q.name} ${q.type}`)).toEqual([
      '34.216.184.93.in-addr.arpa PTR',
      'mail.example.com A',
    ]);
  });

  it('passes an IPv6 sender, checking AAAA under ip6.arpa', async () => {
    const result = await run(ctx({ sendingIp: V6 }));
    expect(result.verdict).toBe('pass');
    expect(result.details?.reverseName).toMatch(/^e\.0\.0\.2\.0\.0\.0\.0.*\.ip6\.arpa$/);
    expect(result.queries.map((q) => q.type)).toEqual(['PTR', 'AAAA']);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', async () => {
    const result = await run(ctx({ sendingIp: '::ffff:93.184.216.34' }));
    expect(result.verdict).toBe('pass');
    expect(result.details).toMatchObject({
      ip: '93.184.216.34',
      version: 4,
      mappedFrom: '::ffff:93.184.216.34',
    });
  });

  it('fails when the PTR name does not resolve back to the IP (v4 and v6)', async () => {
    const v4 = await run(ctx({ sendingIp: '93.184.216.40' }));
    expect(v4.verdict).toBe('fail');
    expect(v4.details?.iprev).toBe('fail');
    expect(v4.finding).toContain('FCrDNS fails');
    expect(v4.fixes[0]?.record).toEqual({
      name: 'mail.example.com',
      type: 'A',
      value: '93.184.216.40',
    });

    const v6 = await run(ctx({ sendingIp: '2a00:1450:4001:81c::1' }));
    expect(v6.verdict).toBe('fail');
    expect(v6.fixes[0]?.record).toEqual({
      name: 'mail.example.com',
      type: 'AAAA',
      value: '2a00:1450:4001:81c::1',
    });
  });

  it('fails when the PTR name does not exist', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.43' }));
    expect(result.verdict).toBe('fail');
    expect(result.details?.forward[0]).toMatchObject({ status: 'nxdomain', matches: false });
  });

  it('fails without a PTR and suggests one under the sender domain', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.50', fromDomain: 'example.org' }));
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('has no PTR record');
    expect(result.details?.iprev).toBe('permerror');
    expect(result.fixes[0]?.record).toEqual({
      name: '50.216.184.93.in-addr.arpa',
      type: 'PTR',
      value: 'mail.example.org.',
    });
    expect(result.fixes[1]?.record).toEqual({
      name: 'mail.example.org',
      type: 'A',
      value: '93.184.216.50',
    });
  });

  it('warns about a generic-looking PTR name even when it confirms', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.41' }));
    expect(result.verdict).toBe('warn');
    expect(result.details?.generic[0]?.signs.map((s) => s.id)).toEqual(['ip-digits', 'dynamic']);
    expect(result.finding).toContain('looks generic');
  });

  it('warns about several PTR names, passing FCrDNS when any one confirms', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.42' }));
    expect(result.verdict).toBe('warn');
    expect(result.details?.iprev).toBe('pass');
    expect(result.details?.forward.map((f) => f.matches)).toEqual([false, true]);
    expect(result.finding).toContain('2 PTR names');
  });

  it.each([
    ['helo-elsewhere.example.com', 'elsewhere'],
    ['alt.example.com', 'resolves-to-ip'],
    ['mailserver', 'not-fqdn'],
    ['[93.184.216.34]', 'ip-literal'],
  ])('warns about the HELO name %s (%s)', async (helo, status) => {
    const result = await run(ctx({ sendingIp: '93.184.216.34', helo }));
    expect(result.verdict).toBe('warn');
    expect(result.details?.helo?.status).toBe(status);
  });

  it('warns, without asking DNS, about a private or reserved IP', async () => {
    for (const sendingIp of [
      '10.0.0.5',
      '192.168.1.20',
      '127.0.0.1',
      'fd00::1',
      '2001:db8::1',
      '::ffff:10.1.2.3',
    ]) {
      const result = await run(ctx({ sendingIp }));
      expect(result.verdict).toBe('warn');
      expect(result.finding).toContain('not a public IP');
      expect(result.finding).toContain('Received chain');
      expect(result.queries).toEqual([]);
    }
  });

  it('says unknown for a missing or invalid IP', async () => {
    expect((await run(ctx({}))).verdict).toBe('unknown');
    const invalid = await run(ctx({ sendingIp: '999.1.1.1' }));
    expect(invalid.verdict).toBe('unknown');
    expect(invalid.unknownReason).toBeTruthy();
    expect(invalid.manualCheck).toBeTruthy();
  });

  it.each(DNS_ERROR_KINDS)('says unknown when the PTR lookup fails with %s', async (kind) => {
    const result = await run(
      ctx({ sendingIp: '93.184.216.34' }, faulty(ZONE, { '34.216.184.93.in-addr.arpa PTR': kind })),
    );
    expect(result.verdict).toBe('unknown');
    expect(result.details?.iprev).toBe('temperror');
    expect(result.manualCheck).toBe('dig +short PTR 34.216.184.93.in-addr.arpa');
    expect(result.unknownReason).toContain('PTR 34.216.184.93.in-addr.arpa');
  });

  it('says unknown (temperror) when the forward lookup fails, and still finishes the HELO check', async () => {
    const result = await run(ctx({ sendingIp: '93.184.216.44', helo: 'alt.example.com' }));
    expect(result.verdict).toBe('unknown');
    expect(result.details?.iprev).toBe('temperror');
    expect(result.details?.helo?.status).toBe('elsewhere');
    expect(result.manualCheck).toBe('dig +short A slow.example.com');
  });

  it('marks only the HELO item unknown when its lookup fails', async () => {
    const result = await run(
      ctx(
        { sendingIp: '93.184.216.34', helo: 'other.example.com' },
        faulty(ZONE, { 'other.example.com A': 'servfail' }),
      ),
    );
    expect(result.verdict).toBe('unknown');
    expect(result.details?.iprev).toBe('pass');
    expect(result.details?.helo?.status).toBe('unknown');
  });

  it('follows at most 10 PTR names', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `n${i}.example.com`);
    const zone: Zone = { [rev('93.184.216.60')]: { PTR: names } };
    const result = await run(ctx({ sendingIp: '93.184.216.60' }, zoneResolver(zone)));
    expect(result.queries).toHaveLength(11);
    expect(result.details?.ptr?.notFollowed).toBe(2990);
    expect(result.details?.ptr?.names).toHaveLength(100);
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('n2.example.com and 2997 more');
  });
});
