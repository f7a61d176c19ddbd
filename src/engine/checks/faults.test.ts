/**
 * The fault matrix (issue 3, section 5): for every check and every way DNS can fail, the check
 * whose questions failed says `unknown`, why, and how to check by hand (never pass or fail),
 * and every other check still finishes with the verdict it has when DNS is healthy.
 * NXDOMAIN and NODATA are answers, not faults: they give the verdicts the RFCs call for.
 *
 * The sender is src/engine/test-support/sender.ts. A fault hits the names one check asked in
 * the healthy run; checks that asked one of those names too are hit with it, and the
 * bulk-sender check, which asks nothing itself, is hit through the four checks it reads.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDohServer, type DohServer, type FaultMode } from '../../../scripts/doh-server.ts';
import { createDohResolver, customEndpoint, type FetchLike } from '../dns/index.ts';
import { createResolverStack } from '../dns/resolver-stack.ts';
import {
  DNS_ERROR_KINDS,
  nodata,
  nxdomain,
  type DnsErrorKind,
  type RecordType,
  type Resolver,
} from '../dns/types.ts';
import { decodeQuery } from '../dns/wire.ts';
import { zoneResolver } from '../dns/zone.ts';
import { DNS_CHECK_IDS } from './checks.ts';
import { runChecks } from './run-checks.ts';
import { POLICY, senderDetails, senderZone } from '../test-support/sender.ts';
import type { CheckId, CheckResult, Verdict } from './types.ts';
import { faulty } from '../test-support/dns-faults.ts';
import { rsaPublicKey } from '../test-support/keys.ts';
import type { FetchText } from './tls-policy/fetch-policy.ts';

const IDS: CheckId[] = [...DNS_CHECK_IDS];
const BUILT_ON: CheckId[] = ['spf', 'dkim', 'dmarc', 'reverse-dns'];

const key = rsaPublicKey();
const zone = senderZone(key);
const fetchText: FetchText = async () => ({ ok: true, text: POLICY });
const battery = (resolver: Resolver) =>
  runChecks(IDS, { resolver, sender: senderDetails(), fetchText });

let healthy: CheckResult[] = [];
beforeAll(async () => {
  healthy = await battery(zoneResolver(zone));
});

const asked = (id: CheckId): string[] =>
  id === 'bulk-sender'
    ? BUILT_ON.flatMap(asked)
    : (healthy.find((r) => r.id === id)?.queries.map((q) => q.name) ?? []);
const verdictOf = (results: CheckResult[], id: CheckId): Verdict | undefined =>
  results.find((r) => r.id === id)?.verdict;

/** The checks a fault on `names` reaches. */
function reached(names: Set<string>): Set<CheckId> {
  const hit = new Set(
    IDS.filter((id) => id !== 'bulk-sender' && asked(id).some((n) => names.has(n))),
  );
  if (BUILT_ON.some((id) => hit.has(id))) hit.add('bulk-sender');
  return hit;
}

function expectUnknown(result: CheckResult | undefined): void {
  expect(result?.verdict, result?.id).toBe('unknown');
  expect(result?.unknownReason?.length, `${result?.id} unknownReason`).toBeGreaterThan(0);
  expect(result?.manualCheck?.length, `${result?.id} manualCheck`).toBeGreaterThan(0);
}

/**
 * Every check finished; those the fault reached are unknown with the why and the how; the rest
 * keep their healthy verdict (or, when `spill` is set because the fault can reach any question,
 * are unknown too: never a different pass, warn or fail).
 */
function expectContained(results: CheckResult[], names: Set<string>, spill = false): void {
  expect(results.map((r) => r.id)).toEqual(IDS);
  const hit = reached(names);
  for (const result of results) {
    if (hit.has(result.id)) expectUnknown(result);
    else if (spill && result.verdict === 'unknown') expectUnknown(result);
    else expect(result.verdict, result.id).toBe(verdictOf(healthy, result.id));
  }
}

/**
 * The check's evidence shows the failed questions, with the kind of failure; questions it
 * stopped waiting for (the rest of a DMARC walk after a failed step) show as cancelled.
 */
function expectEvidence(results: CheckResult[], id: CheckId, kind: DnsErrorKind): void {
  if (id === 'bulk-sender') return; // it asks nothing; its four checks carry the evidence
  const failed = results
    .find((r) => r.id === id)
    ?.queries.filter((q) => q.outcome === 'error' && !q.error?.startsWith('cancelled'));
  expect(failed?.length, id).toBeGreaterThan(0);
  expect(
    failed?.every((q) => q.error?.startsWith(kind)),
    JSON.stringify(failed?.[0]),
  ).toBe(true);
}

const failing = (names: Set<string>, kind: DnsErrorKind): Resolver =>
  faulty(zone, (name) => (names.has(name.toLowerCase()) ? kind : undefined));

describe('the healthy sender', () => {
  it('passes every check it can; Barracuda is not asked through a public resolver', () => {
    expect(healthy.map((r) => [r.id, r.verdict])).toEqual([
      ['address', 'pass'],
      ['spf', 'pass'],
      ['dkim', 'pass'],
      ['dmarc', 'pass'],
      ['reverse-dns', 'pass'],
      ['blocklists', 'warn'],
      ['tls-policy', 'pass'],
      ['bulk-sender', 'pass'],
    ]);
  });
});

describe.each(DNS_ERROR_KINDS)('DnsError %s', (kind) => {
  it.each(IDS)('on the questions of %s: unknown there, every other check finishes', async (id) => {
    const names = new Set(asked(id));
    expect(names.size).toBeGreaterThan(0);
    const results = await battery(failing(names, kind));
    expectContained(results, names);
    expectEvidence(results, id, kind);
  });

  it('on every question: every check is unknown, with the why and the how', async () => {
    const everything = new Set(IDS.flatMap(asked));
    const results = await battery(failing(everything, kind));
    expect(results.map((r) => r.id)).toEqual(IDS);
    results.forEach(expectUnknown);
  });
});

describe('NXDOMAIN and NODATA are answers', () => {
  // What each check concludes when all its names are missing; blocklists cannot trust a list
  // whose test entry (RFC 5782 s5) is missing, so they stay unknown.
  const expected: Record<CheckId, Verdict | undefined> = {
    address: 'fail',
    spf: 'fail',
    dkim: 'fail',
    dmarc: 'fail',
    'reverse-dns': 'fail',
    blocklists: 'unknown',
    'tls-policy': 'pass',
    'bulk-sender': undefined,
    content: undefined,
  };
  const answering = (names: Set<string>, answer: 'nxdomain' | 'nodata'): Resolver => {
    const inner = zoneResolver(zone);
    return async <T extends RecordType>(name: string, type: T) => {
      if (!names.has(name.toLowerCase())) return inner(name, type);
      return answer === 'nxdomain' ? nxdomain<T>() : nodata<T>();
    };
  };
  const answered = IDS.filter((id) => id !== 'bulk-sender');

  it.each(answered.flatMap((id) => (['nxdomain', 'nodata'] as const).map((a) => [a, id] as const)))(
    '%s for the names of %s',
    async (answer, id) => {
      const names = new Set(asked(id));
      const results = await battery(answering(names, answer));
      expect(results.map((r) => r.id)).toEqual(IDS);
      expect(verdictOf(results, id)).toBe(expected[id]);
      const untouched = answered.filter((other) => !reached(names).has(other));
      for (const other of untouched)
        expect(verdictOf(results, other)).toBe(verdictOf(healthy, other));
    },
  );
});

// Tests inject Node's fetch, as the CLI does; the code under test never reaches for a global.
// eslint-disable-next-line no-restricted-properties
const nodeFetch: FetchLike = globalThis.fetch;

describe('HTTP-level faults through the local DoH server', () => {
  let server: DohServer;
  beforeAll(async () => {
    server = await startDohServer({ zone });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.setFault({ mode: 'none' });
    server.setLatency(0);
    server.requests.length = 0;
  });
  /** A fresh resolver stack, as the app builds one per diagnosis. */
  const viaDoh = (timeoutMs = 5000) =>
    createResolverStack(
      createDohResolver({
        fetch: nodeFetch,
        endpoints: [customEndpoint(server.url)],
        timeoutMs,
      }),
      { timeoutMs: timeoutMs * 3 },
    ).resolver;

  it('healthy: the same verdicts as the zone itself, and only the question leaves', async () => {
    const results = await battery(viaDoh());
    expect(results.map((r) => r.verdict)).toEqual(healthy.map((r) => r.verdict));
    expect(server.requests.length).toBeGreaterThan(50);
    for (const request of server.requests) {
      expect(request).toMatchObject({ method: 'GET', format: 'wire' });
      expect(request.cookie).toBeUndefined();
      expect(request.referer).toBeUndefined();
      expect([...new URL(request.url, server.origin).searchParams.keys()]).toEqual(['dns']);
    }
  });

  /** Each server fault and the DnsError kind the DoH resolver turns it into. */
  const modes: [FaultMode, DnsErrorKind][] = [
    ['http500', 'http'],
    ['http429', 'http'],
    ['down', 'network'],
    ['malformed', 'malformed'],
  ];
  it.each(modes.flatMap(([mode, kind]) => IDS.map((id) => [mode, id, kind] as const)))(
    '%s on the questions of %s',
    async (mode, id, kind) => {
      const names = new Set(asked(id));
      server.setFault({ mode, names: [...names], retryAfter: 30 });
      // A DoH endpoint that says 429 is left alone for Retry-After seconds: whatever the other
      // checks still had to ask fails too, and says so.
      const spill = mode === 'http429';
      const results = await battery(viaDoh());
      expectContained(results, names, spill);
      expectEvidence(results, id, kind);
    },
  );

  /**
   * The timeout fault counts rounds, not milliseconds: the resolver's deadlines run on fake
   * timers, and the clock moves to the next deadline only when every question still open is
   * one the server will never answer. On a loaded machine a healthy answer may take longer
   * than a deadline; here it can never be late (it made this test fail once, issue 13).
   */
  async function byRounds<T>(hanging: Set<string>, run: (fetch: FetchLike) => Promise<T>) {
    let answerable = 0;
    const counted: FetchLike = async (url, init) => {
      const query = new URL(url).searchParams.get('dns') ?? '';
      const bytes = Uint8Array.from(atob(query.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
        c.charCodeAt(0),
      );
      const name = decodeQuery(bytes)?.name.toLowerCase().replace(/\.$/, '');
      if (name && hanging.has(name)) return nodeFetch(url, init);
      // Open until its body is read: only then is the answer in the resolver's hands.
      answerable++;
      try {
        const response = await nodeFetch(url, init);
        const body = await response.arrayBuffer();
        return {
          ok: response.ok,
          status: response.status,
          headers: response.headers,
          arrayBuffer: async () => body,
          text: async () => new TextDecoder().decode(body),
        };
      } finally {
        answerable--;
      }
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let finished = false;
      const running = run(counted).finally(() => (finished = true));
      while (!finished) {
        await new Promise((resolve) => setImmediate(resolve));
        if (answerable === 0) vi.advanceTimersToNextTimer();
      }
      return await running;
    } finally {
      vi.useRealTimers();
    }
  }

  it.each(IDS)('timeout on the questions of %s', async (id) => {
    const names = new Set(asked(id));
    server.setFault({ mode: 'timeout', names: [...names] });
    const results = await byRounds(names, (fetch) =>
      battery(
        createResolverStack(
          createDohResolver({ fetch, endpoints: [customEndpoint(server.url)], timeoutMs: 500 }),
          { timeoutMs: 1500 },
        ).resolver,
      ),
    );
    expectContained(results, names);
    expectEvidence(results, id, 'timeout');
  });

  it('timeout by latency: every check is unknown, and all of them finish', async () => {
    server.setLatency(1000);
    const results = await battery(viaDoh(100));
    expect(results.map((r) => r.id)).toEqual(IDS);
    results.forEach(expectUnknown);
  });
});
