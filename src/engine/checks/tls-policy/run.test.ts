import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import { faulty } from '../../test-support/dns-faults.ts';
import type { FetchText, FetchTextResult } from './fetch-policy.ts';
import type { CheckContext } from '../types.ts';
import { run } from './run.ts';

const checkTls = (ctx: CheckContext, options: { fetchText?: FetchText } = {}) =>
  run({ ...ctx, ...options });

const ZONE: Zone = {
  'example.com': {
    MX: [
      [10, 'mx1.example.com'],
      [20, 'mx2.example.com'],
    ],
  },
  '_mta-sts.example.com': { TXT: ['v=STSv1; id=20240101T000000'] },
  '_smtp._tls.example.com': { TXT: ['v=TLSRPTv1; rua=mailto:tls@example.com'] },
  'plain.example': { MX: [[10, 'mx.plain.example']] },
};
const POLICY = 'version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800\n';

const served =
  (text: string, seen: string[] = []): FetchText =>
  async (url) => {
    seen.push(url);
    return { ok: true, text };
  };
const failing =
  (result: FetchTextResult): FetchText =>
  async () =>
    result;
const ctx = (
  recipient: string | undefined,
  zone: Zone = ZONE,
  now = new Date('2025-03-04T05:06:07Z'),
) => ({
  resolver: zoneResolver(zone),
  sender: { recipient },
  now: () => now,
});
const withZone = (extra: Zone): Zone => ({ ...ZONE, ...extra });

describe('TLS policy check', () => {
  it('passes an enforce policy whose patterns cover every MX, with TLS-RPT', async () => {
    const seen: string[] = [];
    const result = await checkTls(ctx('a@example.com'), { fetchText: served(POLICY, seen) });
    expect(result).toMatchObject({ id: 'tls-policy', verdict: 'pass' });
    expect(seen).toEqual(['https://mta-sts.example.com/.well-known/mta-sts.txt']);
    expect(result.finding).toBe(
      'MTA-STS enforce, 2 of 2 MX host(s) match; TLS-RPT reports to mailto:tls@example.com',
    );
    expect(result.details?.mtaSts?.mx).toEqual([
      { host: 'mx1.example.com', pattern: '*.example.com' },
      { host: 'mx2.example.com', pattern: '*.example.com' },
    ]);
    expect(result.details?.dane).toContain('not checked');
    expect(result.queries.map((q) => `${q.name} ${q.type}`)).toEqual([
      '_mta-sts.example.com TXT',
      '_smtp._tls.example.com TXT',
      'example.com MX',
    ]);
  });

  it('passes a domain without MTA-STS or TLS-RPT and fetches nothing', async () => {
    const seen: string[] = [];
    const result = await checkTls(ctx('a@plain.example'), { fetchText: served(POLICY, seen) });
    expect(result.verdict).toBe('pass');
    expect(result.finding).toContain('no MTA-STS policy (optional)');
    expect(seen).toEqual([]);
  });

  it('fails when no MX host matches an enforce policy, with a fix and a fresh id', async () => {
    const policy = 'version: STSv1\nmode: enforce\nmx: mail.example.org\nmax_age: 604800\n';
    const result = await checkTls(ctx('a@example.com'), { fetchText: served(policy) });
    expect(result.verdict).toBe('fail');
    expect(result.finding).toContain('refuse to deliver');
    expect(result.fixes[0]?.text).toContain('"mx: mx1.example.com"');
    expect(result.fixes[1]?.record).toEqual({
      name: '_mta-sts.example.com',
      type: 'TXT',
      value: 'v=STSv1; id=20250304050607',
    });
  });

  it('warns when only some MX hosts match, or when the mode is testing', async () => {
    const some = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n';
    const partial = await checkTls(ctx('a@example.com'), { fetchText: served(some) });
    expect(partial.verdict).toBe('warn');
    expect(partial.finding).toContain('mx2.example.com');
    const testing = await checkTls(ctx('a@example.com'), {
      fetchText: served('version: STSv1\nmode: testing\nmx: other.example\nmax_age: 604800'),
    });
    expect(testing.verdict).toBe('warn');
    expect(testing.finding).toContain('testing mode');
  });

  it('passes mode none (MTA-STS switched off)', async () => {
    const result = await checkTls(ctx('a@example.com'), {
      fetchText: served('version: STSv1\nmode: none\nmax_age: 86400'),
    });
    expect(result.verdict).toBe('pass');
    expect(result.finding).toContain('MTA-STS none');
  });

  it('warns about several MTA-STS records (invalid) without fetching', async () => {
    const seen: string[] = [];
    const zone = withZone({ '_mta-sts.example.com': { TXT: ['v=STSv1; id=1', 'v=STSv1; id=2'] } });
    const result = await checkTls(ctx('a@example.com', zone), {
      fetchText: served(POLICY, seen),
    });
    expect(result.verdict).toBe('warn');
    expect(result.finding).toContain('2 MTA-STS records');
    expect(seen).toEqual([]);
    expect(result.fixes[0]?.record?.name).toBe('_mta-sts.example.com');
  });

  it('warns about an invalid policy file', async () => {
    const result = await checkTls(ctx('a@example.com'), {
      fetchText: served('version: STSv1\nmode: sometimes'),
    });
    expect(result.verdict).toBe('warn');
    expect(result.details?.mtaSts?.policy?.status).toBe('invalid');
  });

  it('says unknown with a link to open by hand when the policy cannot be read (no fetcher, CORS, network)', async () => {
    for (const options of [
      {},
      { fetchText: failing({ ok: false, reason: 'cors' }) },
      { fetchText: failing({ ok: false, reason: 'network' }) },
      {
        fetchText: (async () => {
          throw new TypeError('boom');
        }) as FetchText,
      },
    ]) {
      const result = await checkTls(ctx('a@example.com'), options);
      expect(result.verdict).toBe('unknown');
      expect(result.unknownReason).toBeTruthy();
      expect(result.manualCheck).toContain('https://mta-sts.example.com/.well-known/mta-sts.txt');
      expect(result.fixes[0]?.links?.[0]?.url).toBe(
        'https://mta-sts.example.com/.well-known/mta-sts.txt',
      );
    }
    expect((await run(ctx('a@example.com'))).verdict).toBe('unknown');
  });

  it('warns when the policy file answers an HTTP error', async () => {
    const result = await checkTls(ctx('a@example.com'), {
      fetchText: failing({ ok: false, reason: 'http', status: 404 }),
    });
    expect(result.verdict).toBe('warn');
    expect(result.finding).toContain('HTTP 404');
  });

  it('warns about a broken or doubled TLS-RPT record, and testing mode without TLS-RPT', async () => {
    const broken = withZone({
      '_smtp._tls.example.com': { TXT: ['v=TLSRPTv1; rua=http://example.com'] },
    });
    expect(
      (await checkTls(ctx('a@example.com', broken), { fetchText: served(POLICY) })).verdict,
    ).toBe('warn');
    const doubled = withZone({
      '_smtp._tls.example.com': {
        TXT: ['v=TLSRPTv1; rua=mailto:a@example.com', 'v=TLSRPTv1; rua=mailto:b@example.com'],
      },
    });
    const result = await checkTls(ctx('a@example.com', doubled), { fetchText: served(POLICY) });
    expect(result.verdict).toBe('warn');
    expect(result.fixes[0]?.record).toEqual({
      name: '_smtp._tls.example.com',
      type: 'TXT',
      value: 'v=TLSRPTv1; rua=mailto:tls-reports@example.com',
    });
    const noRpt = withZone({ '_smtp._tls.example.com': { TXT: ['unrelated'] } });
    const testing = await checkTls(ctx('a@example.com', noRpt), {
      fetchText: served('version: STSv1\nmode: testing\nmx: *.example.com\nmax_age: 604800'),
    });
    expect(testing.verdict).toBe('warn');
    expect(testing.finding).toContain('nobody receives the reports');
  });

  it('punycodes an IDN recipient domain', async () => {
    const result = await run(ctx('jörg@bücher.example'));
    expect(result.queries[0]?.name).toBe('_mta-sts.xn--bcher-kva.example');
  });

  it('says unknown without a valid recipient', async () => {
    expect((await run(ctx(undefined))).verdict).toBe('unknown');
    expect((await run(ctx('not an address'))).verdict).toBe('unknown');
  });

  it.each(DNS_ERROR_KINDS)(
    'marks MTA-STS unknown on %s while TLS-RPT still finishes',
    async (kind) => {
      const result = await checkTls(
        {
          resolver: faulty(ZONE, { '_mta-sts.example.com TXT': kind }),
          sender: { recipient: 'a@example.com' },
        },
        { fetchText: served(POLICY) },
      );
      expect(result.verdict).toBe('unknown');
      expect(result.manualCheck).toBe('dig +short TXT _mta-sts.example.com');
      expect(result.details?.tlsRpt?.status).toBe('valid');
    },
  );

  it.each(DNS_ERROR_KINDS)(
    'marks TLS-RPT unknown on %s while MTA-STS still finishes',
    async (kind) => {
      const result = await checkTls(
        {
          resolver: faulty(ZONE, { '_smtp._tls.example.com TXT': kind }),
          sender: { recipient: 'a@example.com' },
        },
        { fetchText: served(POLICY) },
      );
      expect(result.verdict).toBe('unknown');
      expect(result.manualCheck).toBe('dig +short TXT _smtp._tls.example.com');
      expect(result.details?.mtaSts?.mx?.length).toBe(2);
    },
  );

  it('says unknown when the MX lookup fails after a valid policy', async () => {
    const result = await checkTls(
      {
        resolver: faulty(ZONE, { 'example.com MX': 'servfail' }),
        sender: { recipient: 'a@example.com' },
      },
      { fetchText: served(POLICY) },
    );
    expect(result.verdict).toBe('unknown');
    expect(result.manualCheck).toBe('dig +short MX example.com');
  });

  it('copes with giant TXT records and thousands of MX hosts', async () => {
    const zone = withZone({
      '_mta-sts.example.com': { TXT: [`v=STSv1; id=1; x=${'y'.repeat(100_000)}`] },
      'many.example': {
        MX: Array.from({ length: 5000 }, (_, i): [number, string] => [i, `mx${i}.many.example`]),
      },
      '_mta-sts.many.example': { TXT: ['v=STSv1; id=1'] },
    });
    const giant = await checkTls(ctx('a@example.com', zone), { fetchText: served(POLICY) });
    expect(giant.verdict).toBe('warn');
    expect(giant.finding).toContain('not parsed');
    const many = await checkTls(ctx('a@many.example', zone), {
      fetchText: served('version: STSv1\nmode: enforce\nmx: mx0.many.example\nmax_age: 604800'),
    });
    expect(many.details?.mtaSts?.mx).toHaveLength(100);
    expect(many.details?.mtaSts?.mxNotChecked).toBe(4900);
    expect(many.verdict).toBe('warn');
    // Bounded work, not a time: three questions each, whatever the size of the answers.
    expect(giant.queries).toHaveLength(3);
    expect(many.queries).toHaveLength(3);
  });
});
