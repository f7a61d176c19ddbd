/**
 * The DoH client against the local DoH server (scripts/doh-server.ts) over real HTTP on a
 * random local port. No test reaches a real resolver: every endpoint is 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer, type FaultMode } from '../../../scripts/doh-server.ts';
import { customEndpoint } from './doh-endpoints.ts';
import type { DohRequestInit, FetchLike } from './doh-request.ts';
import { createDohResolver, type DohResolverOptions } from './doh.ts';
import type { DnsErrorKind } from './types.ts';
import type { Zone } from './zone.ts';

const zone: Zone = {
  'example.test': {
    A: ['192.0.2.1'],
    MX: [
      [10, 'mx.example.test'],
      [20, 'backup.example.test'],
    ],
    TXT: [['v=spf1 ip4:192.0.2.0/24 ', '-all'], `v=DKIM1; p=${'A'.repeat(400)}`],
  },
  'www.example.test': { CNAME: ['alias.example.test'] },
  'alias.example.test': { CNAME: ['example.test'] },
  'xn--bcher-kva.test': { A: ['192.0.2.8'] },
};

const servers: DohServer[] = [];
let good: DohServer;
let bad: DohServer;
beforeAll(async () => {
  good = await startDohServer({ zone, ttl: 300, negativeTtl: 60 });
  bad = await startDohServer({ zone });
  servers.push(good, bad);
});
afterAll(() => Promise.all(servers.map((server) => server.close())));
beforeEach(() => {
  for (const server of servers) {
    server.requests.length = 0;
    server.setFault({ mode: 'none' });
    server.setLatency(0);
  }
});

// Tests inject Node's fetch, as the CLI does; the code under test never reaches for a global.
// eslint-disable-next-line no-restricted-properties
const nodeFetch: FetchLike = globalThis.fetch;
const seen: { url: string; init: DohRequestInit }[] = [];
const fetchDns: FetchLike = (url, init) => {
  seen.push({ url, init });
  return nodeFetch(url, init);
};
const resolverFor = (list: DohServer[], options: Partial<DohResolverOptions> = {}) =>
  createDohResolver({
    fetch: fetchDns,
    endpoints: list.map((server) => customEndpoint(server.url)),
    timeoutMs: 1000,
    ...options,
  });

describe('createDohResolver answers', () => {
  it('reads A, MX and multi-string TXT records over the wire format', async () => {
    const resolve = resolverFor([good]);
    expect(await resolve('example.test', 'A')).toEqual({
      kind: 'ok',
      records: ['192.0.2.1'],
      ttl: 300,
    });
    expect(await resolve('example.test', 'MX')).toMatchObject({
      records: [
        { preference: 10, exchange: 'mx.example.test' },
        { preference: 20, exchange: 'backup.example.test' },
      ],
    });
    expect(await resolve('example.test', 'TXT')).toMatchObject({
      records: ['v=spf1 ip4:192.0.2.0/24 -all', `v=DKIM1; p=${'A'.repeat(400)}`],
    });
    expect(good.requests.every((request) => request.format === 'wire')).toBe(true);
  });
  it('follows a CNAME chain and tells NXDOMAIN from NODATA, with the SOA negative TTL', async () => {
    const resolve = resolverFor([good]);
    expect(await resolve('WWW.example.test.', 'A')).toMatchObject({
      kind: 'ok',
      records: ['192.0.2.1'],
    });
    expect(await resolve('www.example.test', 'CNAME')).toMatchObject({
      records: ['alias.example.test'],
    });
    expect(await resolve('nowhere.test', 'TXT')).toEqual({ kind: 'nxdomain', ttl: 60 });
    expect(await resolve('example.test', 'AAAA')).toEqual({ kind: 'nodata', ttl: 60 });
  });
  it('sends internationalised names as punycode and rejects invalid names unsent', async () => {
    const resolve = resolverFor([good]);
    expect(await resolve('bücher.test', 'A')).toMatchObject({ records: ['192.0.2.8'] });
    await expect(resolve(`${'a'.repeat(64)}.test`, 'A')).rejects.toMatchObject({
      kind: 'malformed',
    });
    expect(good.requests.map((request) => request.name)).toEqual(['xn--bcher-kva.test']);
  });
  it('sends nothing but the question: no cookies, no referrer, no other parameters', async () => {
    seen.length = 0;
    await resolverFor([good])('example.test', 'A');
    await resolverFor([good], { format: 'json' })('example.test', 'TXT');
    expect(seen.map(({ init }) => [init.credentials, init.referrerPolicy])).toEqual([
      ['omit', 'no-referrer'],
      ['omit', 'no-referrer'],
    ]);
    expect(seen.map(({ url }) => [...new URL(url).searchParams.keys()])).toEqual([
      ['dns'],
      ['name', 'type'],
    ]);
    expect(good.requests.every((request) => !request.cookie && !request.referer)).toBe(true);
  });
});

describe('createDohResolver failures', () => {
  it.each<[FaultMode, DnsErrorKind]>([
    ['servfail', 'servfail'],
    ['refused', 'refused'],
    ['malformed', 'malformed'],
    ['http429', 'http'],
    ['http500', 'http'],
    ['down', 'network'],
    ['timeout', 'timeout'],
  ])('maps the %s fault to a %s error', async (mode, kind) => {
    good.setFault({ mode });
    await expect(
      resolverFor([good], { timeoutMs: 200 })('example.test', 'A'),
    ).rejects.toMatchObject({ kind });
  });
  it('applies a fault only to the names it lists', async () => {
    good.setFault({ mode: 'servfail', names: ['example.test'] });
    const resolve = resolverFor([good]);
    await expect(resolve('example.test', 'A')).rejects.toMatchObject({ kind: 'servfail' });
    expect((await resolve('www.example.test', 'A')).kind).toBe('ok');
  });
  it('stops at once when the caller aborts', async () => {
    bad.setLatency(2000);
    const caller = new AbortController();
    const answer = resolverFor([bad, good])('example.test', 'A', { signal: caller.signal });
    setTimeout(() => caller.abort(), 50);
    await expect(answer).rejects.toMatchObject({ kind: 'aborted' });
    expect(good.requests).toHaveLength(0);
  });
});

describe('createDohResolver failover and fallback', () => {
  it.each<FaultMode>(['http500', 'down', 'timeout', 'malformed'])(
    'fails over from an endpoint with the %s fault and asks it last afterwards',
    async (mode) => {
      bad.setFault({ mode });
      const resolve = resolverFor([bad, good], { timeoutMs: 200 });
      expect((await resolve('example.test', 'A')).kind).toBe('ok');
      const badHits = bad.requests.length;
      expect(badHits).toBeGreaterThan(0);
      expect((await resolve('example.test', 'MX')).kind).toBe('ok');
      expect(bad.requests).toHaveLength(badHits);
    },
  );
  it('does not fail over on SERVFAIL: that is the answer about the domain', async () => {
    bad.setFault({ mode: 'servfail' });
    await expect(resolverFor([bad, good])('example.test', 'A')).rejects.toMatchObject({
      kind: 'servfail',
    });
    expect(good.requests).toHaveLength(0);
  });
  it('leaves a rate-limited endpoint alone until Retry-After has passed', async () => {
    let time = 0;
    bad.setFault({ mode: 'http429', retryAfter: 30 });
    const resolve = resolverFor([bad, good], { now: () => time });
    await resolve('example.test', 'A');
    await resolve('example.test', 'MX');
    expect(bad.requests).toHaveLength(1);
    time += 31_000;
    await resolve('example.test', 'TXT');
    expect(bad.requests).toHaveLength(2);
  });
  it('says how long to wait when every endpoint is rate-limited', async () => {
    good.setFault({ mode: 'http429', retryAfter: 30 });
    const resolve = resolverFor([good], { now: () => 0 });
    await expect(resolve('example.test', 'A')).rejects.toMatchObject({ kind: 'http' });
    await expect(resolve('example.test', 'A')).rejects.toThrow('try again in 30 s');
    expect(good.requests).toHaveLength(1);
  });
  it('falls back to the JSON API when the wire format is refused, then stays with JSON', async () => {
    good.setFault({ mode: 'nowire' });
    const resolve = resolverFor([good]);
    expect(await resolve('example.test', 'TXT')).toMatchObject({
      records: ['v=spf1 ip4:192.0.2.0/24 -all', expect.any(String)],
    });
    expect(await resolve('www.example.test', 'MX')).toMatchObject({
      records: [{ exchange: 'mx.example.test' }, { exchange: 'backup.example.test' }],
    });
    expect(good.requests.map((request) => request.format)).toEqual(['wire', 'json', 'json']);
  });
  it('falls back to the JSON API when the wire-format body is unreadable', async () => {
    const garbling: FetchLike = async (url, init) =>
      init.headers.accept === 'application/dns-message'
        ? new Response('<html>captive portal</html>')
        : nodeFetch(url, init);
    const resolve = resolverFor([good], { fetch: garbling });
    expect(await resolve('example.test', 'A')).toMatchObject({
      kind: 'ok',
      records: ['192.0.2.1'],
    });
  });
});
