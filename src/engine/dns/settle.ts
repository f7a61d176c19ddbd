/**
 * How a check asks DNS (docs/decisions/020): failure as a value, each question once, one query
 * log.
 *
 * `settle()` never rejects: a DnsError comes back as `{ kind: 'error', error }`, and anything
 * else a resolver throws (a bug, not an answer) as a `network` DnsError, so parallel lookups can
 * each end `unknown` without a try/catch per call. `lookups()` holds one check's questions:
 * each name and type is asked once and shared by everyone who asks again (SPF's evaluator and
 * prefetcher, DMARC's tree walks), recorded in the shared query log (with-query-log.ts) with
 * secrets redacted, and cancelled together when the check closes it or its caller aborts.
 */
import { normaliseName } from './names.ts';
import {
  DnsError,
  type Answer,
  type QueryRecord,
  type DnsErrorKind,
  type RecordType,
  type ResolveOptions,
  type Resolver,
} from './types.ts';
import { withQueryLog } from './with-query-log.ts';

export type Settled<T extends RecordType> = Answer<T> | { kind: 'error'; error: DnsError };

/** A failure as plain data, for a check's details (they travel as JSON: the CLI, share links). */
export interface DnsFailure {
  name: string;
  type: RecordType;
  kind: DnsErrorKind;
  message: string;
}

export const failureOf = (error: DnsError): DnsFailure => ({
  name: error.query.name,
  type: error.query.type,
  kind: error.kind,
  message: error.message,
});

export async function settle<T extends RecordType>(
  resolver: Resolver,
  name: string,
  type: T,
  options?: ResolveOptions,
): Promise<Settled<T>> {
  try {
    const answer = await resolver(name, type, options);
    // An answer without records is "no records of that type" (RFC 2308 s2.2).
    return answer.kind === 'ok' && answer.records.length === 0
      ? { kind: 'nodata', ttl: answer.ttl }
      : answer;
  } catch (thrown) {
    if (thrown instanceof DnsError) return { kind: 'error', error: thrown };
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    return { kind: 'error', error: new DnsError('network', name, type, detail) };
  }
}

export interface Lookups {
  lookup<T extends RecordType>(name: string, type: T): Promise<Settled<T>>;
  /** Has this question been asked already (answered or in flight)? */
  has(name: string, type: RecordType): boolean;
  readonly closed: boolean;
  /** Cancel what is still in flight; later lookups answer "aborted" at once. */
  close(): void;
  /**
   * Every question asked, in the order asked, for the check's evidence. Read it when the check
   * is done: a question still unanswered then is one nobody waits for, shown as cancelled.
   */
  readonly queries: QueryRecord[];
}

export interface LookupsOptions {
  /** The caller's signal: aborting it closes the lookups. */
  signal?: AbortSignal;
  /** Hides secrets (a Spamhaus DQS key) in the recorded names and errors. */
  redact?: (text: string) => string;
}

export function lookups(resolver: Resolver, options: LookupsOptions = {}): Lookups {
  const log = withQueryLog(resolver);
  const { signal: outer, redact = (text: string) => text } = options;
  const asked = new Map<string, Promise<Settled<RecordType>>>();
  // One listener on the caller's signal, not one per question (no listener-leak warnings).
  const inFlight = new Set<() => void>();
  let closed = outer?.aborted ?? false;
  const close = () => {
    closed = true;
    outer?.removeEventListener('abort', close);
    for (const cancel of [...inFlight]) cancel();
  };
  if (!closed) outer?.addEventListener('abort', close, { once: true });

  function ask<T extends RecordType>(name: string, type: T): Promise<Settled<T>> {
    const aborted = (): Settled<T> => ({
      kind: 'error',
      error: new DnsError('aborted', name, type, 'cancelled: the check had ended'),
    });
    if (closed) return Promise.resolve(aborted());
    const query = new AbortController();
    return new Promise<Settled<T>>((resolve) => {
      const cancel = () => {
        inFlight.delete(cancel);
        query.abort();
        resolve(aborted());
      };
      inFlight.add(cancel);
      void settle(log.resolver, name, type, { signal: query.signal }).then((settled) => {
        inFlight.delete(cancel);
        resolve(settled);
      });
    });
  }

  const key = (name: string, type: RecordType) => `${type} ${normaliseName(name)}`;
  return {
    lookup<T extends RecordType>(name: string, type: T): Promise<Settled<T>> {
      let pending = asked.get(key(name, type)) as Promise<Settled<T>> | undefined;
      if (!pending) {
        pending = ask(name, type);
        asked.set(key(name, type), pending as Promise<Settled<RecordType>>);
      }
      return pending;
    },
    has: (name, type) => asked.has(key(name, type)),
    get closed() {
      return closed;
    },
    close,
    get queries() {
      return log.asked().map((query) => ({
        ...query,
        name: redact(query.name),
        ...(query.error === undefined ? {} : { error: redact(query.error) }),
      }));
    },
  };
}
