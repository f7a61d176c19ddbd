/**
 * The usual wrapping of a base resolver (DoH, a fixture zone, or the disabled one), outermost
 * first: a query log (outside the cache, so it sees every question and which ones were served
 * without a query), the cache with in-flight sharing, and an overall deadline per shared query.
 */
import type { CachingResolver, CacheOptions } from './with-cache.ts';
import { withCache } from './with-cache.ts';
import { withQueryLog, type QueryLog } from './with-query-log.ts';
import { withTimeout } from './with-timeout.ts';
import type { Resolver } from './types.ts';

export interface ResolverStackOptions extends CacheOptions {
  /** Deadline of one question, in ms, failover included. */
  timeoutMs?: number;
}

export interface ResolverStack {
  /** Ask through this; or through `log.child().resolver` to collect one check's queries. */
  resolver: Resolver;
  log: QueryLog;
  /** Forget cached answers (after the user says "I fixed it, check again"). */
  clearCache(): void;
}

export function createResolverStack(
  base: Resolver,
  options: ResolverStackOptions = {},
): ResolverStack {
  const { timeoutMs = 10_000, ...cacheOptions } = options;
  const cache: CachingResolver = withCache(withTimeout(base, timeoutMs), cacheOptions);
  const log = withQueryLog(cache, { now: options.now });
  return { resolver: log.resolver, log, clearCache: cache.clear };
}
