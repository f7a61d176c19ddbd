/** The whole stack over HTTP against the local DoH server: sharing, caching, log, deadline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDohServer, type DohServer } from '../../../scripts/doh-server.ts';
import { customEndpoint } from './doh-endpoints.ts';
import type { FetchLike } from './doh-request.ts';
import { createDohResolver } from './doh.ts';
import { createResolverStack } from './resolver-stack.ts';

// Tests inject Node's fetch, as the CLI does; the code under test never reaches for a global.
// eslint-disable-next-line no-restricted-properties
const nodeFetch: FetchLike = globalThis.fetch;
let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({
    zone: { 'example.test': { A: ['192.0.2.1'], TXT: ['v=spf1 -all'] } },
    ttl: 300,
    latencyMs: 30,
  });
});
afterAll(() => server.close());

function stack(time = { now: 0 }) {
  const doh = createDohResolver({
    fetch: nodeFetch,
    endpoints: [customEndpoint(server.url)],
  });
  return createResolverStack(doh, { timeoutMs: 2000, now: () => time.now });
}

describe('resolver stack over the local DoH server', () => {
  it('sends one request for concurrent identical questions and none for cached ones', async () => {
    server.requests.length = 0;
    const { resolver, log } = stack();
    const answers = await Promise.all([
      resolver('example.test', 'A'),
      resolver('EXAMPLE.test.', 'A'),
      resolver('example.test', 'TXT'),
    ]);
    expect(answers.map((answer) => answer.kind)).toEqual(['ok', 'ok', 'ok']);
    await resolver('example.test', 'A');
    await resolver('nowhere.test', 'A');
    await resolver('nowhere.test', 'A');
    expect(server.requests.map((request) => `${request.name} ${request.type}`)).toEqual([
      'example.test A',
      'example.test TXT',
      'nowhere.test A',
    ]);
    const sent = log.queries.filter((query) => query.ms !== undefined);
    expect(log.queries).toHaveLength(6);
    expect(sent).toHaveLength(3);
  });
  it('asks again once the TTL has run out, or after clearCache()', async () => {
    server.requests.length = 0;
    const time = { now: 0 };
    const { resolver, clearCache } = stack(time);
    await resolver('example.test', 'A');
    time.now += 299_000;
    await resolver('example.test', 'A');
    time.now += 2_000;
    await resolver('example.test', 'A');
    clearCache();
    await resolver('example.test', 'A');
    expect(server.requests).toHaveLength(3);
  });
  it('keeps the shared query going when one of two callers aborts', async () => {
    server.requests.length = 0;
    const { resolver } = stack();
    const leaving = new AbortController();
    const first = resolver('example.test', 'TXT', { signal: leaving.signal });
    const second = resolver('example.test', 'TXT');
    leaving.abort();
    await expect(first).rejects.toMatchObject({ kind: 'aborted' });
    await expect(second).resolves.toMatchObject({ records: ['v=spf1 -all'] });
    expect(server.requests).toHaveLength(1);
  });
  it('gives each check its own log of queries', async () => {
    const { log } = stack();
    const spf = log.child();
    await spf.resolver('example.test', 'TXT');
    await log.child().resolver('example.test', 'A');
    expect(spf.queries).toEqual([
      { name: 'example.test', type: 'TXT', outcome: 'ok', records: ['v=spf1 -all'], ms: 0 },
    ]);
    expect(log.queries).toHaveLength(2);
  });
});
