/**
 * A minimal query recorder: wraps a Resolver so that every question a check asks, and what came
 * back, lands in a QueryRecord list (STYLE.md habit 4, "evidence travels with every verdict").
 * Entries are appended when a question is asked, so parallel lookups keep their asking order.
 * Kept local to the auth checks until a shared wrapper lands in src/engine/dns.
 */
import { DnsError, type RecordData, type RecordType, type Resolver } from '../../dns/types.ts';
import type { QueryRecord } from '../types.ts';

export interface QueryLog {
  resolver: Resolver;
  queries: QueryRecord[];
}

function show<T extends RecordType>(type: T, record: RecordData[T]): string {
  if (type === 'MX') {
    const mx = record as RecordData['MX'];
    return `${mx.preference} ${mx.exchange}`;
  }
  return String(record);
}

export function describeError(error: unknown): string {
  if (error instanceof DnsError) return `${error.kind}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

export function recordQueries(inner: Resolver): QueryLog {
  const queries: QueryRecord[] = [];
  const resolver: Resolver = async (name, type, options) => {
    const entry: QueryRecord = { name, type, outcome: 'error' };
    queries.push(entry);
    const started = Date.now();
    try {
      const answer = await inner(name, type, options);
      entry.outcome = answer.kind;
      if (answer.kind === 'ok') entry.records = answer.records.map((r) => show(type, r));
      return answer;
    } catch (error) {
      entry.error = describeError(error);
      throw error;
    } finally {
      entry.ms = Date.now() - started;
    }
  };
  return { resolver, queries };
}
