import { describe, expect, it } from 'vitest';
import { DNS_ERROR_KINDS, DnsError, type Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import type { SenderDetails } from '../types.ts';
import { inRounds } from '../../test-support/rounds.ts';
import { run } from './run.ts';

const check = (zone: Zone, sender: SenderDetails, resolver?: Resolver) =>
  run({ resolver: resolver ?? zoneResolver(zone), sender });
const txt = (record: string) => ({ TXT: [record] });
const aligned: SenderDetails = {
  fromDomain: 'example.com',
  envelopeDomain: 'bounce.example.com',
  dkim: [{ domain: 'example.com', selector: 's1' }],
};
const unaligned: SenderDetails = {
  fromAddress: 'news@example.com',
  envelopeAddress: 'b@esp.example.net',
  dkim: [{ domain: 'esp.example.net', selector: 's1' }],
};

describe('DMARC check: verdicts', () => {
  it('takes two round trips: every walk name, then the identifiers and report authorisations', async () => {
    const zone: Zone = {
      '_dmarc.example.com': txt('v=DMARC1; p=reject; rua=mailto:d@reports.example.net'),
      'example.com._report._dmarc.reports.example.net': txt('v=DMARC1'),
    };
    const counter = inRounds(zoneResolver(zone));
    const result = await check(
      {},
      { ...unaligned, fromDomain: 'news.example.com' },
      counter.resolver,
    );
    expect(result.details?.reports[0]).toMatchObject({ external: true, authorized: true });
    expect(result.details?.alignment?.aligned).toBe(false);
    expect(counter.rounds()).toBe(2);
  });
  it('fails with a copy-ready starter record when there is no record', async () => {
    const result = await check(
      { 'example.com': { A: ['192.0.2.1'] } },
      { fromDomain: 'mail.example.com' },
    );
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(
      /No DMARC record applies to mail\.example\.com \(looked at _dmarc\.mail\.example\.com, _dmarc\.example\.com, _dmarc\.com\)/,
    );
    expect(result.fixes[0]?.record).toEqual({
      name: '_dmarc.example.com',
      type: 'TXT',
      value: 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com',
    });
    expect(result.queries.map((q) => q.name)).toEqual([
      '_dmarc.mail.example.com',
      '_dmarc.example.com',
      '_dmarc.com',
    ]);
  });
  it('treats several records at a name as none and says so', async () => {
    const result = await check(
      { '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] } },
      aligned,
    );
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/Several DMARC records at _dmarc\.example\.com/);
  });
  it('passes reject/quarantine and shows the alignment', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=reject; rua=mailto:d@example.com') },
      aligned,
    );
    expect(result.verdict).toBe('pass');
    expect(result.finding).toBe('DMARC p=reject at _dmarc.example.com; this message aligns.');
    expect(
      result.details?.alignment?.identifiers.map((i) => [i.method, i.strict, i.relaxed]),
    ).toEqual([
      ['spf', false, true],
      ['dkim', true, true],
    ]);
  });
  it('passes p=none when this message aligns, offering the enforcement step', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=none; rua=mailto:d@example.com') },
      aligned,
    );
    expect(result.verdict).toBe('pass');
    expect(result.fixes[0]?.record?.value).toBe('v=DMARC1; p=quarantine; rua=mailto:d@example.com');
  });
  it('warns on p=none when alignment cannot be checked', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=none') },
      { fromDomain: 'example.com' },
    );
    expect(result.verdict).toBe('warn');
    expect(result.finding).toMatch(/monitoring only/);
  });
  it('fails when nothing aligns, saying what the policy asks for', async () => {
    const result = await check({ '_dmarc.example.com': txt('v=DMARC1; p=reject') }, unaligned);
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(
      /neither MAIL FROM esp\.example\.net nor DKIM d=esp\.example\.net aligns with example\.com; receivers are asked to reject it/,
    );
    expect(result.fixes[0]?.text).toMatch(/d=example\.com/);
  });
  it('fails strict alignment for a subdomain identifier that relaxed mode accepts', async () => {
    const sender = { fromDomain: 'example.com', envelopeDomain: 'bounce.example.com' };
    expect(
      (await check({ '_dmarc.example.com': txt('v=DMARC1; p=reject; aspf=s') }, sender)).verdict,
    ).toBe('fail');
    expect((await check({ '_dmarc.example.com': txt('v=DMARC1; p=reject') }, sender)).verdict).toBe(
      'pass',
    );
  });
  it('fails a record receivers ignore and offers a corrected one', async () => {
    const result = await check({ '_dmarc.example.com': txt('v=DMARC1; p=block') }, aligned);
    expect(result.verdict).toBe('fail');
    expect(result.fixes[0]?.record?.value).toBe('v=DMARC1; p=none');
  });
  it('warns when an invalid p= falls back to none because rua= is valid', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=block; rua=mailto:d@example.com') },
      aligned,
    );
    expect(result.verdict).toBe('warn');
    expect(result.finding).toMatch(/treat the record as p=none/);
  });
  it('warns on pct<100 and t=y, with a cleaned record', async () => {
    const pct = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=reject; pct=25; ri=86400') },
      aligned,
    );
    expect(pct.verdict).toBe('warn');
    expect(pct.fixes[0]?.record?.value).toBe('v=DMARC1; p=reject');
    const testing = await check({ '_dmarc.example.com': txt('v=DMARC1; p=reject; t=y') }, aligned);
    expect(testing.finding).toMatch(/t=y.*applied as quarantine/);
  });
});

describe('DMARC check: policy discovery and the RFC 7489 view', () => {
  it('uses sp= from the Organizational Domain for a subdomain', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=reject; sp=quarantine') },
      { ...aligned, fromDomain: 'mail.example.com' },
    );
    expect(result.details?.policy).toMatchObject({
      usable: true,
      applied: { source: 'organizational', tag: 'sp', requested: 'quarantine' },
    });
  });
  it('uses np= for a From domain that does not exist (queries A to find out)', async () => {
    const zone = {
      'example.com': { A: ['192.0.2.1'] },
      '_dmarc.example.com': txt('v=DMARC1; p=none; np=reject'),
    };
    const result = await check(zone, { fromDomain: 'typo.example.com' });
    expect(result.details?.policy).toMatchObject({ applied: { tag: 'np', requested: 'reject' } });
    expect(result.queries.some((q) => q.name === 'typo.example.com' && q.type === 'A')).toBe(true);
  });
  it('walks a deep name in at most 8 queries and finds the org record', async () => {
    const from = 'a.b.c.d.e.f.g.h.i.j.mail.example.com';
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=reject') },
      { fromDomain: from },
    );
    expect(result.details?.walk.steps).toHaveLength(8);
    expect(result.details?.policy).toMatchObject({ applied: { policyDomain: 'example.com' } });
  });
  it('honours psd=n for a department and reports where RFC 7489 receivers differ', async () => {
    const zone = {
      '_dmarc.dept.example.com': txt('v=DMARC1; p=none; psd=n'),
      '_dmarc.example.com': txt('v=DMARC1; p=reject'),
    };
    const result = await check(zone, {
      fromDomain: 'mail.dept.example.com',
      envelopeDomain: 'bounce.example.com',
    });
    expect(result.details?.orgDomain).toBe('dept.example.com');
    expect(result.details?.rfc7489).toMatchObject({
      orgDomain: 'example.com',
      policyDomain: 'example.com',
      policy: 'reject',
    });
    expect(result.details?.rfc7489.differences.join('\n')).toMatch(
      /dept\.example\.com by the RFC 9989 tree walk, example\.com by the public-suffix view/,
    );
    expect(result.details?.alignment?.aligned).toBe(false);
    expect(result.details?.rfc7489.alignment?.aligned).toBe(true);
  });
  it('uses a PSD record (psd=y) when the organisation publishes none', async () => {
    const result = await check(
      { '_dmarc.example': txt('v=DMARC1; p=reject; psd=y') },
      { fromDomain: 'shop.example' },
    );
    expect(result.details?.policy).toMatchObject({
      applied: { source: 'public-suffix', policyDomain: 'example' },
    });
    expect(result.details?.orgDomain).toBe('shop.example');
  });
  it('notes pct for RFC 7489 receivers', async () => {
    const result = await check(
      { '_dmarc.example.com': txt('v=DMARC1; p=reject; pct=10') },
      aligned,
    );
    expect(result.details?.rfc7489.differences).toContain(
      'pct=10: RFC 7489 receivers apply the policy to 10% of failing mail, RFC 9989 receivers to all of it',
    );
  });
});

describe('DMARC check: external report destinations (RFC 7489 s7.1)', () => {
  const record = txt(
    'v=DMARC1; p=reject; rua=mailto:d@example.com,mailto:x@reports.example.net; ruf=mailto:f@mail.example.com',
  );
  it('warns when an external destination has not opted in, with the record it needs', async () => {
    const result = await check({ '_dmarc.example.com': record }, aligned);
    expect(result.verdict).toBe('warn');
    expect(result.finding).toMatch(/reports will not be sent to reports\.example\.net/);
    expect(result.fixes.at(-1)?.record).toEqual({
      name: 'example.com._report._dmarc.reports.example.net',
      type: 'TXT',
      value: 'v=DMARC1',
    });
    expect(result.details?.reports.map((r) => [r.domain, r.external])).toEqual([
      ['example.com', false],
      ['reports.example.net', true],
      ['mail.example.com', false],
    ]);
  });
  it('passes once the destination publishes its authorisation', async () => {
    const zone = {
      '_dmarc.example.com': record,
      'example.com._report._dmarc.reports.example.net': txt('v=DMARC1'),
    };
    expect((await check(zone, aligned)).verdict).toBe('pass');
  });
});

describe('DMARC check when the DNS fails', () => {
  it.each(DNS_ERROR_KINDS)('%s -> unknown with a reason and dig command', async (kind) => {
    const failing: Resolver = async (name, type) => {
      throw new DnsError(kind, name, type);
    };
    const result = await check({}, aligned, failing);
    expect(result).toMatchObject({
      verdict: 'unknown',
      manualCheck: 'dig +short TXT _dmarc.example.com',
    });
    expect(result.unknownReason).toMatch(new RegExp(`_dmarc\\.example\\.com failed \\(${kind}\\)`));
    expect(result.queries[0]?.outcome).toBe('error');
  });
  it('is unknown when a parent lookup fails, even with a record at the From domain', async () => {
    const zone = {
      '_dmarc.mail.example.com': txt('v=DMARC1; p=reject'),
      '_dmarc.example.com': { timeout: '*' as const },
    };
    expect((await check(zone, { fromDomain: 'mail.example.com' })).verdict).toBe('unknown');
  });
  it('is unknown when only the report authorisation lookup fails', async () => {
    const zone: Zone = {
      '_dmarc.example.com': txt('v=DMARC1; p=reject; rua=mailto:x@reports.example.net'),
      'example.com._report._dmarc.reports.example.net': { timeout: '*' },
    };
    const result = await check(zone, aligned);
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toMatch(/_report\._dmarc/);
  });
  it('is unknown without a From domain', async () => {
    expect(await check({}, {})).toMatchObject({ verdict: 'unknown', queries: [] });
  });
});
