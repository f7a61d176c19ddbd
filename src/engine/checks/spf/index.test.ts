import { describe, expect, it } from 'vitest';
import { withCache } from '../../dns/with-cache.ts';
import { zoneResolver, type Zone } from '../../dns/zone.ts';
import type { SenderDetails } from '../types.ts';
import { run, spfDomain } from './index.ts';

function check(zone: Zone, sender: SenderDetails) {
  return run({ resolver: zoneResolver(zone), sender, now: () => new Date(0) });
}

const sender = (ip?: string): SenderDetails => ({
  envelopeAddress: 'bounce@example.com',
  sendingIp: ip,
});

describe('run(): the SPF check for the sender', () => {
  it('picks the envelope domain, then the envelope address, then From', () => {
    expect(
      spfDomain({
        envelopeDomain: 'a.example',
        envelopeAddress: 'x@b.example',
        fromDomain: 'c.example',
      }),
    ).toBe('a.example');
    expect(spfDomain({ envelopeAddress: 'x@b.example', fromDomain: 'c.example' })).toBe(
      'b.example',
    );
    expect(spfDomain({ fromDomain: 'c.example' })).toBe('c.example');
    expect(spfDomain({ fromAddress: 'Someone <x@d.example>'.replace(/.*<|>/g, '') })).toBe(
      'd.example',
    );
  });

  it('reads the sending IP as the other checks do: an address literal, IPv4-mapped', async () => {
    const zone: Zone = { 'example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } };
    for (const ip of ['[192.0.2.7]', '::ffff:192.0.2.7', ' 192.0.2.7 ']) {
      const result = await check(zone, sender(ip));
      expect(result.verdict, ip).toBe('pass');
      expect(result.details?.evaluation?.trace.ip, ip).toBe('192.0.2.7');
    }
  });

  it('pass -> pass, every query recorded, details = the trace', async () => {
    const result = await check(
      { 'example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } },
      sender('192.0.2.7'),
    );
    expect(result.verdict).toBe('pass');
    expect(result.title).toBe('SPF for example.com');
    expect(result.queries).toEqual([
      expect.objectContaining({
        name: 'example.com',
        type: 'TXT',
        outcome: 'ok',
        records: ['v=spf1 ip4:192.0.2.0/24 -all'],
      }),
    ]);
    expect(result.details?.evaluation?.trace.matched?.term).toBe('ip4:192.0.2.0/24');
  });

  it('fail -> fail, with a copy-ready record authorising the IP', async () => {
    const result = await check(
      {
        'example.com': { TXT: ['v=spf1 include:_spf.provider.example -all'] },
        '_spf.provider.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
      },
      sender('192.0.2.7'),
    );
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/does not allow 192.0.2.7.*-all/);
    expect(result.fixes[0]?.record).toEqual({
      name: 'example.com',
      type: 'TXT',
      value: 'v=spf1 ip4:192.0.2.7 include:_spf.provider.example -all',
    });
  });

  it('softfail -> fail; neutral -> warn', async () => {
    expect(
      (await check({ 'example.com': { TXT: ['v=spf1 ~all'] } }, sender('192.0.2.7'))).verdict,
    ).toBe('fail');
    const neutral = await check(
      { 'example.com': { TXT: ['v=spf1 ip4:198.51.100.1 ?all'] } },
      sender('192.0.2.7'),
    );
    expect(neutral.verdict).toBe('warn');
    expect(neutral.fixes.map((f) => f.record?.value)).toContain(
      'v=spf1 ip4:192.0.2.7 ip4:198.51.100.1 ?all',
    );
  });

  it('none -> fail with "publish an SPF record"', async () => {
    const result = await check(
      { 'example.com': { MX: [[10, 'mx.example.com']] } },
      sender('192.0.2.7'),
    );
    expect(result.verdict).toBe('fail');
    expect(result.fixes[0]?.text).toMatch(/^Publish an SPF record/);
    expect(result.fixes[0]?.record?.value).toBe('v=spf1 ip4:192.0.2.7 ~all');
  });

  it('permerror -> fail, saying exactly why, with a merged record for two records', async () => {
    const result = await check(
      {
        'example.com': { TXT: ['v=spf1 include:a.example.net ~all', 'v=spf1 ip4:192.0.2.1 -all'] },
      },
      sender('192.0.2.7'),
    );
    expect(result.verdict).toBe('fail');
    expect(result.finding).toMatch(/publishes 2 SPF records; exactly one is allowed \(s4.5\)/);
    expect(result.fixes[0]?.record?.value).toBe('v=spf1 include:a.example.net ip4:192.0.2.1 ~all');
  });

  it('temperror -> unknown, with why and how to check by hand', async () => {
    const result = await check(
      {
        'example.com': { TXT: ['v=spf1 include:slow.example.net -all'] },
        'slow.example.net': { timeout: '*' },
      },
      sender('192.0.2.7'),
    );
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toMatch(/TXT slow.example.net: timed out/);
    expect(result.manualCheck).toMatch(/dig \+short TXT example.com ; dig TXT slow.example.net/);
    expect(result.queries.find((q) => q.name === 'slow.example.net')?.outcome).toBe('error');
  });

  it('no IP: still fetches and lints the record; the IP part is unknown', async () => {
    const result = await check({ 'example.com': { TXT: ['v=spf1 ptr +all'] } }, sender());
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toMatch(/sending IP is not known/);
    expect(result.details?.advice.map((a) => a.id)).toEqual(['all-pass', 'ptr']);
    expect(result.fixes.map((f) => f.record?.value)).toEqual(['v=spf1 ptr ~all', 'v=spf1 a +all']);
    expect((await check({}, sender())).verdict).toBe('fail');
  });

  it('advice turns a pass into warn: +all, near the lookup limit', async () => {
    const plusAll = await check({ 'example.com': { TXT: ['v=spf1 +all'] } }, sender('192.0.2.7'));
    expect(plusAll.verdict).toBe('warn');
    expect(plusAll.fixes[0]?.record?.value).toBe('v=spf1 ~all');
    const zone: Zone = {
      'example.com': { TXT: ['v=spf1 ip4:192.0.2.7 a mx include:i.example.net -all'] },
      'i.example.net': { TXT: ['v=spf1 a a a a a ~all'] },
    };
    const near = await check(zone, sender('192.0.2.7'));
    expect(near.verdict).toBe('warn');
    expect(near.details?.advice.map((a) => a.id)).toEqual(['near-lookup-limit']);
    expect(near.details?.inspection?.totalDnsTerms).toBe(8);
  });

  it('ptr advice replaces ptr by the sending IP when it is known', async () => {
    const result = await check(
      { 'example.com': { TXT: ['v=spf1 ptr:example.com -all'] } },
      sender('192.0.2.7'),
    );
    expect(result.fixes.map((f) => f.record?.value)).toContain('v=spf1 ip4:192.0.2.7 -all');
  });

  it('a long record gets the 255-character strings it must be published as', async () => {
    const long = `v=spf1 ${Array.from({ length: 40 }, (_, i) => `ip4:198.51.100.${i}`).join(' ')} -all`;
    const result = await check({ 'example.com': { TXT: [long] } }, sender('198.51.100.3'));
    expect(result.verdict).toBe('warn');
    const value = result.fixes[0]?.record?.value ?? '';
    expect(value.startsWith('"v=spf1 ip4:198.51.100.0')).toBe(true);
    expect(value.split('" "').length).toBe(3);
  });

  it('a sender domain SPF cannot check gives unknown', async () => {
    const result = await check({}, { fromAddress: 'nobody' });
    expect(result.verdict).toBe('unknown');
    expect(result.unknownReason).toBeTruthy();
  });

  it('logs answers served from the cache without a time, as nothing left for them', async () => {
    const resolver = withCache(zoneResolver({ 'example.com': { TXT: ['v=spf1 -all'] } }));
    const ctx = { resolver, sender: sender('192.0.2.1'), now: () => new Date(0) };
    const first = await run(ctx);
    const second = await run(ctx);
    expect(first.queries.map((q) => q.ms === undefined)).toEqual([false]);
    expect(second.queries.map((q) => q.ms === undefined)).toEqual([true]);
  });
});
