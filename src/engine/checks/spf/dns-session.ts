/**
 * The DNS side of one SPF evaluation: every question asked once (a promise cache shared by the
 * evaluator and the prefetcher), answers that never reject (errors are values), and one
 * AbortController, chained to the caller's signal, that cancels whatever is still in flight
 * when the evaluation ends.
 */
import { DnsError, type RecordData, type RecordType, type Resolver } from '../../dns/types.ts';

export type LookupOutcome<T extends RecordType> =
  | { kind: 'ok'; records: RecordData[T][] }
  | { kind: 'nxdomain' }
  | { kind: 'nodata' }
  | { kind: 'error'; error: DnsError };

export interface DnsSession {
  lookup<T extends RecordType>(name: string, type: T): Promise<LookupOutcome<T>>;
  /** Has this question been asked already (answered or in flight)? */
  has(name: string, type: RecordType): boolean;
  readonly closed: boolean;
  /** Cancel what is still in flight; later lookups answer "aborted" at once. */
  close(): void;
}

const cacheKey = (name: string, type: RecordType) =>
  `${type} ${name.replace(/\.$/, '').toLowerCase()}`;

export function createDnsSession(resolver: Resolver, outer?: AbortSignal): DnsSession {
  const controller = new AbortController();
  const cache = new Map<string, Promise<LookupOutcome<RecordType>>>();
  // One listener for the session, not one per question (no listener leak warnings).
  const inFlight = new Set<{ abort: () => void }>();
  let closed = false;

  const onOuterAbort = () => close();
  if (outer?.aborted) closed = true;
  else outer?.addEventListener('abort', onOuterAbort, { once: true });

  function close(): void {
    if (closed && controller.signal.aborted) return;
    closed = true;
    outer?.removeEventListener('abort', onOuterAbort);
    controller.abort();
    for (const entry of [...inFlight]) entry.abort();
  }

  function ask<T extends RecordType>(name: string, type: T): Promise<LookupOutcome<T>> {
    const aborted = (): LookupOutcome<T> => ({
      kind: 'error',
      error: new DnsError('aborted', name, type, 'cancelled: the SPF evaluation had ended'),
    });
    if (closed) return Promise.resolve(aborted());
    const query = new AbortController();
    return new Promise<LookupOutcome<T>>((resolve) => {
      const entry = {
        abort: () => {
          query.abort();
          inFlight.delete(entry);
          resolve(aborted());
        },
      };
      inFlight.add(entry);
      const settle = (outcome: LookupOutcome<T>) => {
        inFlight.delete(entry);
        resolve(outcome);
      };
      let answer;
      try {
        answer = resolver(name, type, { signal: query.signal });
      } catch (error) {
        answer = Promise.reject(error);
      }
      answer.then(
        (reply) => {
          if (reply.kind !== 'ok') settle({ kind: reply.kind });
          else if (reply.records.length === 0) settle({ kind: 'nodata' });
          else settle({ kind: 'ok', records: reply.records });
        },
        (error: unknown) => {
          const dnsError =
            error instanceof DnsError
              ? error
              : new DnsError(
                  'network',
                  name,
                  type,
                  error instanceof Error ? error.message : String(error),
                );
          settle({ kind: 'error', error: dnsError });
        },
      );
    });
  }

  return {
    lookup<T extends RecordType>(name: string, type: T): Promise<LookupOutcome<T>> {
      const key = cacheKey(name, type);
      let pending = cache.get(key) as Promise<LookupOutcome<T>> | undefined;
      if (!pending) {
        pending = ask(name, type);
        cache.set(key, pending as Promise<LookupOutcome<RecordType>>);
      }
      return pending;
    },
    has: (name, type) => cache.has(cacheKey(name, type)),
    get closed() {
      return closed;
    },
    close,
  };
}
