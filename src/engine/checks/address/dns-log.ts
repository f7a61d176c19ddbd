/**
 * How the address, reverse-DNS, blocklist and TLS-policy checks ask DNS: through the shared
 * query log (src/engine/dns/with-query-log.ts), with every failure turned into a value instead
 * of a throw, so parallel lookups can each end as `unknown` without stopping the others
 * (docs/decisions/020-check-dns-adapter.md). `redact` hides secrets (a DQS key) in the evidence.
 */
import { withQueryLog } from '../../dns/with-query-log.ts';
import {
  DnsError,
  type Answer,
  type DnsErrorKind,
  type RecordType,
  type Resolver,
} from '../../dns/types.ts';
import type { QueryRecord } from '../types.ts';

export type Lookup<T extends RecordType> = Answer<T> | { kind: 'error'; error: DnsError };

export interface DnsLog {
  lookup: <T extends RecordType>(name: string, type: T) => Promise<Lookup<T>>;
  /** Every question asked so far, in the order asked. */
  readonly queries: QueryRecord[];
}

export function dnsLog(
  resolver: Resolver,
  signal?: AbortSignal,
  redact: (text: string) => string = (text) => text,
): DnsLog {
  const log = withQueryLog(resolver);
  const lookup = async <T extends RecordType>(name: string, type: T): Promise<Lookup<T>> => {
    try {
      return await log.resolver(name, type, { signal });
    } catch (thrown) {
      // Anything else a resolver throws is still "could not find out", never an answer.
      const error =
        thrown instanceof DnsError ? thrown : new DnsError('network', name, type, String(thrown));
      return { kind: 'error', error };
    }
  };
  return {
    lookup,
    get queries() {
      return log.queries.map((query) => ({
        ...query,
        name: redact(query.name),
        ...(query.error === undefined ? {} : { error: redact(query.error) }),
      }));
    },
  };
}

const PLAIN: Record<DnsErrorKind, string> = {
  timeout: 'the DNS query timed out',
  servfail: "the domain's DNS servers failed to answer (SERVFAIL)",
  refused: 'the DNS server refused to answer',
  malformed: 'the DNS answer could not be read',
  network: 'the DNS request did not get through',
  http: 'the DNS-over-HTTPS service answered with an HTTP error',
  'cname-loop': 'the name is part of a CNAME loop',
  aborted: 'the check was cancelled before the answer came',
  disabled: 'DNS lookups are switched off',
};

/** One plain sentence for a DnsError, naming the question. */
export function explainDnsError(
  error: DnsError,
  redact: (text: string) => string = (text) => text,
): string {
  return `${PLAIN[error.kind]} (${error.query.type} ${redact(error.query.name)})`;
}

/** The command a person can run to ask the same question by hand. */
export function digCommand(name: string, type: RecordType): string {
  return `dig +short ${type} ${name}`;
}
