/**
 * Remember answers for their TTL, negative ones included (RFC 2308 s5), and let concurrent
 * identical questions share one underlying query. Errors are not remembered: a timeout now
 * says nothing about the next try.
 */
import {
  DnsError,
  type Answer,
  type RecordType,
  type ResolveOptions,
  type Resolver,
} from './types.ts';
import { normaliseName } from './names.ts';

export interface CacheOptions {
  /** Clock in milliseconds; injected so tests can move time. */
  now?: () => number;
  /** Seconds to keep a negative answer that carries no TTL (no SOA in the reply). */
  negativeTtl?: number;
  /** Seconds to keep a positive answer that carries no TTL (fixture zones have none). */
  defaultTtl?: number;
  /**
   * Upper bound in seconds. People re-check right after fixing a record, so a day-long TTL
   * must not pin the old answer; RFC 2308 s5 also suggests capping negative caching.
   */
  maxTtl?: number;
  maxEntries?: number;
}

export type CachingResolver = Resolver & { clear(): void };

/** Answers handed out without a query of their own (from the cache or a shared query). */
const shared = new WeakSet<object>();
export const servedFromCache = (answer: object): boolean => shared.has(answer);

export const cacheKey = (name: string, type: RecordType) => `${type} ${normaliseName(name)}`;

interface Flight {
  promise: Promise<Answer<RecordType>>;
  controller: AbortController;
  waiting: number;
}

function share<T extends RecordType>(answer: Answer<T>, ttl: number | undefined): Answer<T> {
  const copy = answer.kind === 'ok' ? { ...answer, records: [...answer.records] } : { ...answer };
  if (answer.ttl !== undefined) copy.ttl = ttl;
  shared.add(copy);
  return copy;
}

export function withCache(resolver: Resolver, options: CacheOptions = {}): CachingResolver {
  const { now = Date.now, negativeTtl = 60, defaultTtl = 60, maxTtl = 3600 } = options;
  const maxEntries = options.maxEntries ?? 2000;
  const entries = new Map<string, { answer: Answer<RecordType>; expires: number }>();
  const flights = new Map<string, Flight>();

  function store(key: string, answer: Answer<RecordType>) {
    const ttl = answer.ttl ?? (answer.kind === 'ok' ? defaultTtl : negativeTtl);
    const seconds = Math.min(Math.max(ttl, 0), maxTtl);
    if (seconds === 0) return;
    entries.delete(key);
    entries.set(key, { answer, expires: now() + seconds * 1000 });
    const oldest = entries.size > maxEntries ? entries.keys().next().value : undefined;
    if (oldest !== undefined) entries.delete(oldest);
  }

  function start(key: string, name: string, type: RecordType): Flight {
    const controller = new AbortController();
    const promise = resolver(name, type, { signal: controller.signal });
    const flight: Flight = { promise, controller, waiting: 0 };
    const land = () => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    promise.then((answer) => {
      land();
      if (!controller.signal.aborted) store(key, answer);
    }, land);
    flights.set(key, flight);
    return flight;
  }

  /** Wait for a shared query; a caller that aborts leaves, and the last one out cancels it. */
  function wait<T extends RecordType>(
    key: string,
    flight: Flight,
    name: string,
    type: T,
    signal?: AbortSignal,
  ) {
    flight.waiting++;
    return new Promise<Answer<T>>((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        flight.waiting--;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        if (flight.waiting === 0) {
          if (flights.get(key) === flight) flights.delete(key);
          flight.controller.abort();
        }
        reject(new DnsError('aborted', name, type));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (answer) => (leave(), resolve(answer as Answer<T>)),
        (error: unknown) => (leave(), reject(error)),
      );
    });
  }

  const cached = <T extends RecordType>(name: string, type: T, options?: ResolveOptions) => {
    if (options?.signal?.aborted) return Promise.reject(new DnsError('aborted', name, type));
    const key = cacheKey(name, type);
    const hit = entries.get(key);
    if (hit && hit.expires > now()) {
      const remaining = Math.ceil((hit.expires - now()) / 1000);
      return Promise.resolve(share(hit.answer as Answer<T>, remaining));
    }
    if (hit) entries.delete(key);
    const joining = flights.get(key);
    const flight = joining ?? start(key, name, type);
    const answer = wait(key, flight, name, type, options?.signal);
    return joining ? answer.then((shared) => share(shared, shared.ttl)) : answer;
  };
  return Object.assign(cached, {
    clear: () => {
      entries.clear();
    },
  });
}
