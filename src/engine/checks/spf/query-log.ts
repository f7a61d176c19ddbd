/**
 * A tiny local query log (STYLE.md habit 4: a check says which queries it made and what came
 * back). Questions keep the order they were asked in; one still unanswered when the check ends
 * (a cancelled speculative lookup) is reported as such.
 */
import type { RecordData, RecordType, Resolver } from '../../dns/types.ts';
import { DnsError } from '../../dns/types.ts';
import type { QueryRecord } from '../types.ts';

export interface QueryLog {
  resolver: Resolver;
  queries(): QueryRecord[];
}

function recordText(type: RecordType, record: RecordData[RecordType]): string {
  if (type === 'MX' && typeof record === 'object') return `${record.preference} ${record.exchange}`;
  return String(record);
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
      return answer;
    } catch (error) {
      entry.error = error instanceof DnsError ? `${error.kind}: ${error.message}` : String(error);
      throw error;
    } finally {
      entry.ms = clock() - started;
    }
  };
  return { resolver: logged, queries: () => slots.map((entry) => ({ ...entry })) };
}
