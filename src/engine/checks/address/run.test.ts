import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS, type Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { faulty } from '../../test-support/dns-faults.ts';
import { run } from './run.ts';

const ZONE: Zone = {
  'example.com': {
    MX: [
      [20, 'mx2.example.com'],
      [10, 'mx1.example.com'],
    ],
  },
  'mx1.example.com': { A: ['93.184.216.34'] },
  'mx2.example.com': { AAAA: ['2606:2800:220:1::34'] },
  'google.example': {
    MX: [
      [1, 'aspmx.l.google.com'],
      [5, 'alt1.aspmx.l.google.com'],
    ],
  },
  'aspmx.l.google.com': { A: ['142.250.102.27'] },
  'alt1.aspmx.l.google.com': { A: ['142.250.153.27'] },
  'nomail.example': { MX: [[0, '.']] },
  'mixed.example': {
    MX: [
      [0, '.'],
      [10, 'mx1.example.com'],
    ],
  },
  'implicit.example': { A: ['93.184.216.35'] },
  'txtonly.example': { TXT: ['hello'] },
  'dead.example': { MX: [[10, 'gone.dead.example']] },
  'halfdead.example': {
    MX: [
      [10, 'mx1.example.com'],
      [20, 'gone.halfdead.example'],
    ],
  },
  'literal.example': { MX: [[10, '93.184.216.36']] },
  'alias.example': { MX: [[10, 'mail.alias.example']] },
  'mail.alias.example': { CNAME: ['real.alias.example'] },
  'real.alias.example': { A: ['93.184.216.37'] },
  'slowhost.example': {
    MX: [
      [10, 'mx1.example.com'],
      [20, 'slow.slowhost.example'],
    ],
  },
  'slow.slowhost.example': { timeout: '*' },
  'onlyslow.example': { MX: [[10, 'slow.slowhost.example']] },
};

const ctx = (recipient: string | undefined, resolver: Resolver = zoneResolver(ZONE)) => ({
  resolver,
  sender: { recipient },
});

/** A resolver that throws `kind` for the listed questions and answers the rest from the zone. */

describe('address check', () => {
  it('passes a well-formed address whose domain has resolvable MX hosts', async () => {
    const result = await run(ctx('someone@example.com'));
    expect(result).toMatchObject({ id: 'address', verdict: 'pass' });
    expect(result.finding).toContain('mx1.example.com');
    expect(result.details?.mx?.records.map((r) => r.exchange)).toEqual([
      'mx1.example.com',
      'mx2.example.com',
    ]);
    expect(result.queries.map((q) => `${q.name} ${q.type} ${q.outcome}`)).toEqual([
      'example.com MX ok',
      'mx1.example.com A ok',
      'mx1.example.com AAAA nodata',
      'mx1.example.com CNAME nodata',
      'mx2.example.com A nodata',
      'mx2.example.com AAAA ok',
      'mx2.example.com CNAME nodata',
    ]);
  });

  it('recognises the provider from the MX hosts', async () => {
    const result = await run(ctx('a@google.example'));
    expect(result.details?.provider).toMatchObject({
      family: 'google',
      host: 'aspmx.l.google.com',
    });
    expect(result.finding).toContain('Google');
  });

  it('fails a null MX (RFC 7505)', async () => {
    const result = await run(ctx('a@nomail.example'));
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/null MX/);
    expect(result.details?.mx?.status).toBe('null-mx');
  });

  it('warns when a null MX sits next to real MX records', async () => {
    const result = await run(ctx('a@mixed.example'));
    expect(result.verdict).toBe('warn');
    expect(result.details?.mx?.nullMxMixed).toBe(true);
  });

  it('warns about an implicit MX and offers an explicit record', async () => {
    const result = await run(ctx('a@implicit.example'));
    expect(result.verdict).toBe('warn');
    expect(result.details?.mx).toMatchObject({
      status: 'implicit',
      implicitAddresses: ['93.184.216.35'],
    });
    expect(result.fixes[0]?.record).toEqual({
      name: 'implicit.example',
      type: 'MX',
      value: '10 implicit.example.',
    });
  });

  it('fails a domain without MX or address, and a domain that does not exist', async () => {
    expect((await run(ctx('a@txtonly.example'))).verdict).toBe('fail');
    const missing = await run(ctx('a@missing.example'));
    expect(missing.verdict).toBe('fail');
    expect(missing.finding).toBe('missing.example does not exist.');
  });

  it('fails a likely typo with the correction', async () => {
    const result = await run(ctx('jane.doe@gmial.com'));
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('typo of gmail.com');
    expect(result.fixes[0]?.text).toBe('Send to jane.doe@gmail.com instead.');
    expect(result.details?.typo?.suggestion).toBe('gmail.com');
  });

  it('fails when no MX host resolves and warns when only some do', async () => {
    const dead = await run(ctx('a@dead.example'));
    expect(dead.verdict).toBe('fail');
    expect(dead.details?.mx?.hosts[0]).toMatchObject({ status: 'no-address', nxdomain: true });
    expect((await run(ctx('a@halfdead.example'))).verdict).toBe('warn');
  });

  it('warns about an MX that names an IP or an alias', async () => {
    const literal = await run(ctx('a@literal.example'));
    expect(literal.verdict).toBe('warn');
    expect(literal.details?.mx?.hosts[0]?.status).toBe('ip-literal');
    expect(literal.fixes.map((fix) => fix.record?.type)).toEqual(['A', 'MX']);

    const alias = await run(ctx('a@alias.example'));
    expect(alias.verdict).toBe('warn');
    expect(alias.details?.mx?.hosts[0]?.cnameTarget).toBe('real.alias.example');
    expect(alias.fixes[0]?.record).toEqual({
      name: 'alias.example',
      type: 'MX',
      value: '10 real.alias.example.',
    });
  });

  it('fails bad syntax without asking DNS about a broken domain', async () => {
    const result = await run(ctx('someone@exa_mple.com'));
    expect(result.verdict).toBe('fail');
    expect(result.queries).toEqual([]);
  });

  it('still checks the domain when only the local part is broken', async () => {
    const result = await run(ctx('some..one@example.com'));
    expect(result.verdict).toBe('fail');
    expect(result.queries[0]).toMatchObject({ name: 'example.com', type: 'MX' });
  });

  it('warns (not fails) for quoted and UTF-8 local parts, and punycodes IDN domains for DNS', async () => {
    const zone: Zone = {
      'xn--bcher-kva.example': { MX: [[10, 'mx1.example.com']] },
      'mx1.example.com': { A: ['93.184.216.34'] },
    };
    const result = await run(ctx('jörg@bücher.example', zoneResolver(zone)));
    expect(result.verdict).toBe('warn');
    expect(result.queries[0]?.name).toBe('xn--bcher-kva.example');
    expect((await run(ctx('"john smith"@example.com'))).verdict).toBe('warn');
  });

  it('says unknown when no recipient is known', async () => {
    const result = await run(ctx(undefined));
    expect(result).toMatchObject({ verdict: 'unknown' });
    expect(result.unknownReason).toBeTruthy();
    expect(result.manualCheck).toBeTruthy();
  });

  it.each(DNS_ERROR_KINDS)(
    'says unknown, never pass or fail, when the MX lookup fails with %s',
    async (kind) => {
      const result = await run(ctx('a@example.com', faulty(ZONE, { 'example.com MX': kind })));
      expect(result.verdict).toBe('unknown');
      expect(result.unknownReason).toContain('MX example.com');
      expect(result.manualCheck).toBe('dig +short MX example.com');
      expect(result.queries[0]).toMatchObject({ outcome: 'error' });
      expect(result.queries[0]?.error).toContain(kind);
    },
  );

  it('turns a resolver that throws something other than a DnsError into unknown', async () => {
    const result = await run(ctx('a@example.com', faulty(ZONE, { '* MX': 'bug' })));
    expect(result.verdict).toBe('unknown');
  });

  it('says unknown when the fallback address lookups fail', async () => {
    const result = await run(
      ctx(
        'a@implicit-less.example',
        faulty(
          { 'implicit-less.example': { TXT: ['x'] } },
          { 'implicit-less.example A': 'servfail' },
        ),
      ),
    );
    expect(result.verdict).toBe('unknown');
    expect(result.manualCheck).toBe('dig +short A implicit-less.example');
  });

  it('marks an MX host it could not resolve as unknown while the others still finish', async () => {
    const partly = await run(ctx('a@slowhost.example'));
    expect(partly.verdict).toBe('pass');
    expect(partly.finding).toContain('could not be checked');
    expect(partly.details?.mx?.hosts.map((h) => h.status)).toEqual(['ok', 'unknown']);
    expect(partly.details?.mx?.hosts[1]?.unknownReason).toContain('timed out');

    const only = await run(ctx('a@onlyslow.example'));
    expect(only.verdict).toBe('unknown');
    expect(only.manualCheck).toMatch(/^dig \+short (A|AAAA|CNAME) slow\.slowhost\.example$/);
  });

  it('caps the hosts it looks up when a domain has thousands of MX records', async () => {
    const zone: Zone = {
      'huge.example': {
        MX: Array.from({ length: 5000 }, (_, i): [number, string] => [i, `mx${i}.huge.example`]),
      },
    };
    const result = await run(ctx('a@huge.example', zoneResolver(zone)));
    expect(result.details?.mx).toMatchObject({ total: 5000, hostsNotChecked: 4990 });
    expect(result.details?.mx?.records).toHaveLength(50);
    expect(result.queries).toHaveLength(1 + 10 * 3);
    expect(result.verdict).toBe('warn');
    expect(result.finding).toContain('looked up only the first 10 of 5000');
  });
});
