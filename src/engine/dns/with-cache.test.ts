import { describe, expect, it } from 'vitest';
import {
  DnsError,
  nodata,
  nxdomain,
  ok,
  type Answer,
  type RecordType,
  type Resolver,
} from './types.ts';
import { servedFromCache, withCache } from './with-cache.ts';

/** A resolver whose answers the test releases by hand; it counts calls and sees their signals. */
function manualResolver(answerFor: (name: string) => Answer<RecordType>) {
  const calls: { name: string; type: RecordType; signal?: AbortSignal; release: () => void }[] = [];
  const resolver: Resolver = (name, type, options) =>
    new Promise((resolve, reject) => {
      options?.signal?.addEventListener('abort', () => reject(new DnsError('aborted', name, type)));
      calls.push({
        name,
        type,
        signal: options?.signal,
        release: () => resolve(answerFor(name) as never),
      });
    });
  return { resolver, calls };
}

const immediate = (answerFor: (name: string) => Answer<RecordType>) => {
  let count = 0;
  const resolver: Resolver = async (name) => (count++, answerFor(name) as never);
  return { resolver, count: () => count };
};

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (seconds: number) => void (time += seconds * 1000) };
}

describe('withCache', () => {
  it('answers repeats from the cache within the TTL, names case-insensitive, trailing dot ignored', async () => {
    const time = clock();
    const inner = immediate(() => ok(['192.0.2.1'], 300));
    const cached = withCache(inner.resolver, { now: time.now });
    const first = await cached('Example.test.', 'A');
    expect(servedFromCache(first)).toBe(false);
    time.advance(100);
    const second = await cached('example.TEST', 'A');
    expect(second).toEqual({ kind: 'ok', records: ['192.0.2.1'], ttl: 200 });
    expect(servedFromCache(second)).toBe(true);
    expect(inner.count()).toBe(1);
    await cached('example.test', 'AAAA');
    expect(inner.count()).toBe(2);
    time.advance(201);
    await cached('example.test', 'A');
    expect(inner.count()).toBe(3);
  });
  it('caches NXDOMAIN and NODATA, for the default negative TTL when they carry none', async () => {
    const time = clock();
    const inner = immediate((name) => (name.startsWith('no') ? nxdomain() : nodata()));
    const cached = withCache(inner.resolver, { now: time.now, negativeTtl: 60 });
    await cached('nowhere.test', 'A');
    await cached('empty.test', 'A');
    time.advance(59);
    expect((await cached('nowhere.test', 'A')).kind).toBe('nxdomain');
    expect((await cached('empty.test', 'A')).kind).toBe('nodata');
    expect(inner.count()).toBe(2);
    time.advance(2);
    await cached('nowhere.test', 'A');
    expect(inner.count()).toBe(3);
  });
  it('clamps huge TTLs and does not keep TTL 0 answers', async () => {
    const time = clock();
    const inner = immediate((name) => ok(['x'], name === 'zero.test' ? 0 : 2_000_000));
    const cached = withCache(inner.resolver, { now: time.now, maxTtl: 3600 });
    await cached('big.test', 'TXT');
    time.advance(3601);
    await cached('big.test', 'TXT');
    await cached('zero.test', 'TXT');
    await cached('zero.test', 'TXT');
    expect(inner.count()).toBe(4);
  });
  it('does not cache errors', async () => {
    let count = 0;
    const failing: Resolver = async (name, type) => {
      count++;
      throw new DnsError('timeout', name, type);
    };
    const cached = withCache(failing);
    await expect(cached('a.test', 'A')).rejects.toMatchObject({ kind: 'timeout' });
    await expect(cached('a.test', 'A')).rejects.toMatchObject({ kind: 'timeout' });
    expect(count).toBe(2);
  });
  it('shares one query between concurrent identical questions', async () => {
    const inner = manualResolver(() => ok(['192.0.2.1']));
    const cached = withCache(inner.resolver);
    const answers = [cached('a.test', 'A'), cached('A.test.', 'A'), cached('a.test', 'A')];
    expect(inner.calls).toHaveLength(1);
    inner.calls[0]?.release();
    const [own, ...joined] = await Promise.all(answers);
    expect(own?.kind).toBe('ok');
    expect(joined.every((answer) => answer.kind === 'ok' && servedFromCache(answer))).toBe(true);
  });
  it('lets one caller abort without cancelling the shared query for the others', async () => {
    const inner = manualResolver(() => ok(['192.0.2.1']));
    const cached = withCache(inner.resolver);
    const leaving = new AbortController();
    const first = cached('a.test', 'A', { signal: leaving.signal });
    const second = cached('a.test', 'A');
    leaving.abort();
    await expect(first).rejects.toMatchObject({ kind: 'aborted' });
    expect(inner.calls[0]?.signal?.aborted).toBe(false);
    inner.calls[0]?.release();
    await expect(second).resolves.toMatchObject({ kind: 'ok' });
  });
  it('cancels the shared query when every caller has left, and starts afresh next time', async () => {
    const inner = manualResolver(() => ok(['192.0.2.1']));
    const cached = withCache(inner.resolver);
    const caller = new AbortController();
    const answer = cached('a.test', 'A', { signal: caller.signal });
    caller.abort();
    await expect(answer).rejects.toMatchObject({ kind: 'aborted' });
    expect(inner.calls[0]?.signal?.aborted).toBe(true);
    const again = cached('a.test', 'A');
    expect(inner.calls).toHaveLength(2);
    inner.calls[1]?.release();
    await expect(again).resolves.toMatchObject({ kind: 'ok' });
  });
  it('drops the oldest entry beyond maxEntries', async () => {
    const inner = immediate(() => ok(['x'], 300));
    const cached = withCache(inner.resolver, { maxEntries: 2 });
    for (const name of ['a.test', 'b.test', 'c.test', 'b.test', 'a.test']) {
      await cached(name, 'TXT');
    }
    expect(inner.count()).toBe(4);
  });
  it('forgets everything on clear()', async () => {
    const inner = immediate(() => ok(['x'], 300));
    const cached = withCache(inner.resolver);
    await cached('a.test', 'TXT');
    cached.clear();
    await cached('a.test', 'TXT');
    expect(inner.count()).toBe(2);
  });
});
