import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, type Resolver } from './types.ts';
import { withTimeout } from './with-timeout.ts';

/** A resolver that answers after `ms` unless its signal aborts first; it records the signals. */
function slowResolver(ms: number) {
  const signals: AbortSignal[] = [];
  const resolver: Resolver = (_name, _type, options) =>
    new Promise((resolve, reject) => {
      if (options?.signal) signals.push(options.signal);
      const timer = setTimeout(() => resolve(ok(['192.0.2.1'] as never)), ms);
      options?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('inner aborted'));
      });
    });
  return { resolver, signals };
}

describe('withTimeout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes answers that arrive in time', async () => {
    const answer = withTimeout(slowResolver(10).resolver, 100)('a.test', 'A');
    await vi.advanceTimersByTimeAsync(10);
    await expect(answer).resolves.toMatchObject({ kind: 'ok' });
  });
  it('fails with a timeout error and aborts the inner query', async () => {
    const { resolver, signals } = slowResolver(1000);
    const answer = withTimeout(resolver, 100)('a.test', 'A');
    const settled = expect(answer).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(100);
    await settled;
    expect(signals[0]?.aborted).toBe(true);
  });
  it('fails with an aborted error when the caller aborts, and cancels the inner query', async () => {
    const { resolver, signals } = slowResolver(1000);
    const caller = new AbortController();
    const answer = withTimeout(resolver, 500)('a.test', 'A', { signal: caller.signal });
    const settled = expect(answer).rejects.toMatchObject({ kind: 'aborted' });
    caller.abort();
    await settled;
    expect(signals[0]?.aborted).toBe(true);
  });
  it('does not start a query for an already aborted signal', async () => {
    const { resolver, signals } = slowResolver(1);
    await expect(
      withTimeout(resolver, 100)('a.test', 'A', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(signals).toHaveLength(0);
  });
  it('passes the inner error through', async () => {
    const failing: Resolver = () => Promise.reject(new Error('boom'));
    await expect(withTimeout(failing, 100)('a.test', 'A')).rejects.toThrow('boom');
  });
});
