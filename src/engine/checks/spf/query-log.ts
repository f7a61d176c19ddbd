/**
 * A tiny local query log (STYLE.md habit 4: a check says which queries it made and what came
 * back). Questions keep the order they were asked in; one still unanswered when the check ends
 * (a cancelled speculative lookup) is reported as such, which the shared log (dns/with-query-log.ts)
 * does not do. Answers served from the cache carry no `ms`, as there.
 */
import { recordText } from '../../dns/record-text.ts';
import type { Resolver } from '../../dns/types.ts';
import { DnsError } from '../../dns/types.ts';
import { servedFromCache } from '../../dns/with-cache.ts';
import type { QueryRecord } from '../types.ts';

export interface QueryLog {
  resolver: Resolver;
  queries(): QueryRecord[];
}

export function logQueries(resolver: Resolver, clock: () => number = Date.now): QueryLog {
  const slots: QueryRecord[] = [];
  const logged: Resolver = async (name, type, options) => {
    const entry: QueryRecord = {
      name,
      type,
      outcome: 'error',
      error: 'cancelled: no longer needed',
    };
    slots.push(entry);
    const started = clock();
    try {
      const answer = await resolver(name, type, options);
      entry.outcome = answer.kind;
      delete entry.error;
      if (answer.kind === 'ok')
        entry.records = answer.records.map((record) => recordText(type, record));
      if (!servedFromCache(answer)) entry.ms = clock() - started;
      return answer;
    } catch (error) {
      entry.error = error instanceof DnsError ? `${error.kind}: ${error.message}` : String(error);
      entry.ms = clock() - started;
      throw error;
    }
  };
  return { resolver: logged, queries: () => slots.map((entry) => ({ ...entry })) };
}
