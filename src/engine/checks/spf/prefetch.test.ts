import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DnsError, ok, type Answer, type Resolver } from '../../dns/types.ts';
import { zoneResolver, type Zone, type ZoneEntry } from '../../dns/zone.ts';
import { inRounds } from '../../test-support/rounds.ts';
import { checkHost } from './check-host.ts';

const DOMAINS = ['a.test', 'b.test', 'c.test', 'd.test'] as const;
const IPS = ['192.0.2.1', '192.0.2.2', '2001:db8::1', '::ffff:192.0.2.2'] as const;
const REVERSE: Record<string, string> = {
  '1.2.0.192.in-addr.arpa': '192.0.2.1',
  '2.2.0.192.in-addr.arpa': '192.0.2.2',
  [`1.${'0.'.repeat(27)}8.b.d.0.1.0.0.2.ip6.arpa`]: '2001:db8::1',
};

const domain = fc.constantFrom(...DOMAINS, 'nx.test');
const qualifier = fc.constantFrom('', '-', '~', '?');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const term: fc.Arbitrary<string> = fc.oneof(
  w(
    2,
    qualifier.map((q) => `${q}all`),
  ),
  w(
    6,
    fc.tuple(qualifier, domain).map(([q, d]) => `${q}include:${d}`),
  ),
  w(
    3,
    fc
      .tuple(qualifier, maybe(domain), fc.constantFrom('', '/24', '//64', '/0', '/24//0'))
      .map(([q, d, c]) => `${q}a${d ? `:${d}` : ''}${c}`),
  ),
  w(
    2,
    fc
      .tuple(qualifier, maybe(domain), fc.constantFrom('', '/30', '//126'))
      .map(([q, d, c]) => `${q}mx${d ? `:${d}` : ''}${c}`),
  ),
  w(
    1,
    fc.tuple(qualifier, maybe(domain)).map(([q, d]) => `${q}ptr${d ? `:${d}` : ''}`),
  ),
  w(
    3,
    fc
      .tuple(qualifier, fc.integer({ min: 0, max: 3 }), fc.constantFrom('', '/31', '/0'))
      .map(([q, n, c]) => `${q}ip4:192.0.2.${n}${c}`),
  ),
  w(
    1,
    fc.tuple(qualifier, fc.integer({ min: 0, max: 2 })).map(([q, n]) => `${q}ip6:2001:db8::${n}`),
  ),
  w(
    3,
    fc
      .tuple(qualifier, domain, fc.constantFrom('', '%{i}.', '%{l}.', '%{p}.', '%{ir}.%{v}.'))
      .map(([q, d, m]) => `${q}exists:${m}${d}`),
  ),
  w(
    1,
    domain.map((d) => `redirect=${d}`),
  ),
  w(
    1,
    domain.map((d) => `exp=why.${d}`),
  ),
  w(1, fc.constantFrom('bogus', 'a:%{z}.a.test', 'x-unknown=%{d}')),
);
const record = fc.array(term, { maxLength: 6 }).map((terms) => ['v=spf1', ...terms].join(' '));

const entry: fc.Arbitrary<ZoneEntry> = fc.record({
  TXT: fc.oneof(
    w(
      12,
      record.map((r) => [r]),
    ),
    w(
      1,
      fc.tuple(record, record).map(([r1, r2]) => [r1, r2]),
    ),
    w(
      1,
      fc.constant(['not spf']).map((txt) => [...txt]),
    ),
  ),
  A: fc.subarray(['192.0.2.1', '192.0.2.2', '198.51.100.1']),
  AAAA: fc.subarray(['2001:db8::1', '2001:db8::2']),
  MX: fc.array(fc.tuple(fc.nat(20), domain), { maxLength: 3 }),
  timeout: fc.oneof(
    w(12, fc.constant(undefined)),
    w(1, fc.constantFrom('*' as const, ['A' as const], ['MX' as const])),
  ),
});

const zoneArb: fc.Arbitrary<Zone> = fc
  .tuple(
    fc.tuple(...DOMAINS.map(() => entry)),
    fc.tuple(...Object.keys(REVERSE).map(() => fc.subarray([...DOMAINS]))),
    fc.subarray([
      '192.0.2.1.a.test',
      'postmaster.b.test',
      '1.2.0.192.in-addr.c.test',
      'a.test.d.test',
      'unknown.a.test',
    ]),
  )
  .map(([entries, ptrs, listed]) => {
    const zone: Zone = {};
    DOMAINS.forEach((name, index) => (zone[name] = entries[index] ?? {}));
    Object.keys(REVERSE).forEach((name, index) => (zone[name] = { PTR: ptrs[index] ?? [] }));
    for (const name of listed) zone[name] = { A: ['127.0.0.2'] };
    for (const name of DOMAINS)
      zone[`why.${name}`] = { TXT: ['%{i} may not send for %{d} (%{p})'] };
    return zone;
  });

/** Answers arrive in an order that depends on the question, not on when it was asked. */
function jittered(resolver: Resolver): Resolver {
  return async (name, type, options) => {
    let hash = 0;
    for (const char of `${type}${name}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    for (let tick = hash % 9; tick > 0; tick--) await Promise.resolve();
    return resolver(name, type, options);
  };
}

describe('prefetch never changes semantics (property)', () => {
  it('prefetching and strictly sequential evaluation give the same result, counts, explanation and trace', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        zoneArb,
        fc.constantFrom(...IPS),
        fc.constantFrom(...DOMAINS),
        fc.boolean(),
        async (zone, ip, name, jitter) => {
          const base = zoneResolver(zone);
          const resolver = jitter ? jittered(base) : base;
          const input = {
            ip,
            domain: name,
            sender: `postmaster@${name}`,
            helo: 'mail.test',
            resolver,
            now: () => new Date(0),
          };
          const sequential = await checkHost({ ...input, prefetch: false });
          const prefetched = await checkHost({ ...input, prefetch: true });
          expect(prefetched).toEqual(sequential);
          compared++;
        },
      ),
      { numRuns: 400 },
    );
    expect(compared).toBe(400);
  });
});

/** Round trips, counted by test-support/rounds.ts instead of timed (figures belong to benchmarks). */
describe('prefetch: round trips', () => {
  // Longest chain of dependent queries: TXT example.com -> TXT a -> TXT b -> A h2 = 4.
  const zone: Zone = {
    'example.com': {
      TXT: ['v=spf1 include:a.example.net mx a:host.example.net exists:%{i}.bl.example.net -all'],
      MX: [
        [10, 'mx1.example.net'],
        [20, 'mx2.example.net'],
      ],
    },
    'a.example.net': { TXT: ['v=spf1 include:b.example.net ip4:198.51.100.0/24 ~all'] },
    'b.example.net': { TXT: ['v=spf1 ip4:203.0.113.0/24 a:h2.example.net -all'] },
    'h2.example.net': { A: ['203.0.113.77'] },
    'mx1.example.net': { A: ['198.51.100.10'] },
    'mx2.example.net': { A: ['198.51.100.11'] },
    'host.example.net': { A: ['198.51.100.12'] },
  };
  const input = { ip: '192.0.2.99', domain: 'example.com', sender: 'a@example.com' };

  it('takes as many round trips as the longest chain of dependent queries (4)', async () => {
    const { resolver, rounds, asked } = inRounds(zoneResolver(zone));
    const out = await checkHost({ ...input, resolver });
    expect(out.result).toBe('fail');
    expect(out.trace.lookups).toBe(6);
    expect(rounds()).toBe(4);
    expect(asked()).toBe(9);
  });

  it('sequential evaluation of the same record waits for every query in turn', async () => {
    const { resolver, rounds, asked } = inRounds(zoneResolver(zone));
    const out = await checkHost({ ...input, resolver, prefetch: false });
    expect(out.result).toBe('fail');
    expect(asked()).toBe(9);
    // One round trip per query: each waits for the one before.
    expect(rounds()).toBe(9);
  });

  it('gives the same answer, trace and counts either way', async () => {
    const resolver = () => inRounds(zoneResolver(zone)).resolver;
    const prefetched = await checkHost({ ...input, resolver: resolver() });
    const sequential = await checkHost({ ...input, resolver: resolver(), prefetch: false });
    expect(prefetched).toEqual(sequential);
  });
});

describe('prefetch bounds and cancellation', () => {
  it('cancels speculative queries still in flight when the evaluation ends', async () => {
    const hung: AbortSignal[] = [];
    const resolver: Resolver = (name, type, options) => {
      if (name === 'example.com') {
        const record = 'v=spf1 ip4:192.0.2.1 include:slow.example.net a:slow2.example.net -all';
        return Promise.resolve(ok<'TXT'>([record]) as Answer<typeof type>);
      }
      return new Promise((_, reject) => {
        const signal = options?.signal;
        signal?.addEventListener('abort', () => reject(new DnsError('aborted', name, type)));
        if (signal) hung.push(signal);
      });
    };
    const out = await checkHost({
      ip: '192.0.2.1',
      domain: 'example.com',
      sender: 'a@example.com',
      resolver,
    });
    expect(out.result).toBe('pass');
    expect(hung).toHaveLength(2);
    expect(hung.every((signal) => signal.aborted)).toBe(true);
  });

  it("the caller's signal stops the evaluation with temperror", async () => {
    const controller = new AbortController();
    const resolver: Resolver = () => new Promise(() => undefined); // never answers
    setTimeout(() => controller.abort(), 20);
    const out = await checkHost({
      ip: '192.0.2.1',
      domain: 'example.com',
      sender: 'a@example.com',
      resolver,
      signal: controller.signal,
    });
    expect(out.result).toBe('temperror');
    expect(out.reason).toMatch(/cancelled/);
  });

  it('does not prefetch %{p} terms, nor more than the remaining budget', async () => {
    const asked: string[] = [];
    const terms = [
      'exists:%{p}.example.net',
      ...Array.from({ length: 30 }, (_, i) => `a:h${i}.example.net`),
    ];
    const base = zoneResolver({
      'example.com': { TXT: [`v=spf1 ip4:192.0.2.1 ${terms.join(' ')} -all`] },
    });
    const out = await checkHost({
      ip: '192.0.2.1',
      domain: 'example.com',
      sender: 'a@example.com',
      resolver: (name, type, options) => {
        asked.push(`${type} ${name}`);
        return base(name, type, options);
      },
    });
    expect(out.result).toBe('pass');
    expect(asked.some((q) => q.startsWith('PTR'))).toBe(false);
    // Position 1 is the %{p} term, so a:h0 .. a:h8 fill the rest of the 10.
    expect(asked.filter((q) => q.startsWith('A '))).toHaveLength(9);
  });
});
