/**
 * Speculative prefetch: when a record is fetched, start at once the lookups its terms will need
 * (include/redirect TXT, a/mx/exists targets, ptr), and do the same for the records those
 * lookups bring back, so that an evaluation takes about as long as its longest chain of
 * dependent queries. The evaluator still awaits everything in record order (evaluate.ts), so
 * this changes timing only, never the result, the counts or the trace.
 *
 * Bounds, so that a lookup bomb stays a handful of queries:
 * - position: a term is prefetched only if at least the lookups counted before its record plus
 *   its own place among that record's DNS terms stay within the 10 of s4.6.4, i.e. never more
 *   than the remaining budget (10 - used) per record;
 * - total: at most 10 speculative terms that ask something new per evaluation;
 * - a record is planned at most once for a given (domain, lookups-before) pair, which also
 *   stops include loops;
 * - no prefetch for domain-specs using %{p}, whose value needs lookups of its own (s7.3);
 * - nothing once the lookups are closed (the evaluation ended; close() aborted what was left).
 */
import type { RecordType } from '../../dns/types.ts';
import { macroValues, type EvalState, type Planner } from './context.ts';
import type { Settled } from '../../dns/settle.ts';
import { isSameOrSubdomain, queryName } from './domain-name.ts';
import { addressType, reverseName } from '../ip.ts';
import { SPF_LIMITS } from './limits.ts';
import { expandMacros, type MacroString } from './macro.ts';
import { DNS_MECHANISMS, selectRecord, type SpfRecord } from './record.ts';
import { firstPtrNames } from './validated-names.ts';

/** Speculative terms that may ask something new, per evaluation. */
export const SPECULATIVE_TERMS = SPF_LIMITS.dnsTerms;

export function createPlanner(state: EvalState): Planner {
  const { dns, connection } = state;
  const planned = new Set<string>();
  let spent = 0;

  /** Ask, if already asked (free) or within the speculative budget. */
  function ask<T extends RecordType>(name: string, type: T): Promise<Settled<T>> | undefined {
    if (dns.closed) return undefined;
    if (!dns.has(name, type)) {
      if (spent >= SPECULATIVE_TERMS) return undefined;
      spent += 1;
    }
    return dns.lookup(name, type);
  }

  function targetOf(spec: MacroString | undefined, domain: string): string | undefined {
    if (!spec) return domain;
    if (spec.usesP) return undefined;
    return queryName(expandMacros(spec, macroValues(connection, domain)));
  }

  function follow(name: string, position: number): void {
    void ask(name, 'TXT')?.then((answer) => {
      if (answer.kind !== 'ok' || dns.closed) return;
      const selection = selectRecord(answer.records);
      if (selection.kind !== 'one') return;
      const parsed = state.parse(selection.text);
      if (parsed.ok) plan(parsed.value, name, position);
    });
  }

  function addresses(names: readonly string[]): void {
    for (const name of names)
      if (name && !dns.closed) void dns.lookup(name, addressType(connection.ip));
  }

  function start(record: SpfRecord, index: number, domain: string, position: number): void {
    const mechanism = record.mechanisms[index];
    if (!mechanism || !DNS_MECHANISMS.has(mechanism.name)) return;
    const spec = 'domain' in mechanism ? mechanism.domain : undefined;
    const name = targetOf(spec, domain);
    if (!name) return;
    switch (mechanism.name) {
      case 'include':
        return follow(name, position);
      case 'a':
        void ask(name, addressType(connection.ip));
        return;
      case 'exists':
        void ask(name, 'A');
        return;
      case 'mx':
        void ask(name, 'MX')?.then((answer) => {
          if (answer.kind !== 'ok' || answer.records.length > SPF_LIMITS.mxNames) return;
          addresses(answer.records.map((mx) => mx.exchange.replace(/\.$/, '')));
        });
        return;
      case 'ptr':
        void ask(reverseName(connection.ip), 'PTR')?.then((answer) => {
          if (answer.kind !== 'ok') return;
          addresses(firstPtrNames(answer.records).filter((ptr) => isSameOrSubdomain(ptr, name)));
        });
        return;
    }
  }

  function plan(record: SpfRecord, domain: string, used: number): void {
    const key = `${domain.toLowerCase()} ${used}`;
    if (dns.closed || planned.has(key)) return;
    planned.add(key);
    let position = used;
    for (const [index, mechanism] of record.mechanisms.entries()) {
      if (!DNS_MECHANISMS.has(mechanism.name)) continue;
      position += 1;
      if (position > SPF_LIMITS.dnsTerms) return;
      start(record, index, domain, position);
    }
    if (record.redirect && !record.hasAll && position + 1 <= SPF_LIMITS.dnsTerms) {
      const name = targetOf(record.redirect.domain, domain);
      if (name) follow(name, position + 1);
    }
  }

  return { plan };
}
