/**
 * The one DNS interface of the engine. Checks receive a Resolver and never call the network
 * themselves; caching, de-duplication, timeouts, lookup limits and query logs are wrappers
 * around a Resolver (see STYLE.md, "Typed DNS answers").
 *
 * "No such domain" and "no record of that type" are answers, not errors. Anything that stops us
 * from knowing the answer (timeout, SERVFAIL, refusal, malformed reply, network down) is a
 * DnsError with a kind, so a check can say `unknown` and why.
 */

export type RecordType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'PTR' | 'CNAME' | 'NS';

export interface MxRecord {
  preference: number;
  exchange: string;
}

/**
 * What one record of each type looks like. A TXT record is the concatenation of its character
 * strings with nothing between them (RFC 7208 s3.3, RFC 6376 s3.6.2.2). Names are returned
 * without the trailing dot.
 */
export interface RecordData {
  A: string;
  AAAA: string;
  MX: MxRecord;
  TXT: string;
  PTR: string;
  CNAME: string;
  NS: string;
}

export type Answer<T extends RecordType> =
  | { kind: 'ok'; records: RecordData[T][]; ttl?: number }
  | { kind: 'nxdomain'; ttl?: number }
  | { kind: 'nodata'; ttl?: number };

/** Every way a question can fail to get an answer; each check says `unknown` for each of them. */
export const DNS_ERROR_KINDS = [
  'timeout',
  'servfail',
  'refused',
  'malformed',
  'network',
  'http',
  'cname-loop',
  'aborted',
  'disabled',
] as const;

export type DnsErrorKind = (typeof DNS_ERROR_KINDS)[number];

export class DnsError extends Error {
  readonly kind: DnsErrorKind;
  readonly query: { name: string; type: RecordType };

  constructor(kind: DnsErrorKind, name: string, type: RecordType, detail?: string) {
    super(`${type} ${name}: ${detail ?? kind}`);
    this.name = 'DnsError';
    this.kind = kind;
    this.query = { name, type };
  }
}

export interface ResolveOptions {
  signal?: AbortSignal;
}

export type Resolver = <T extends RecordType>(
  name: string,
  type: T,
  options?: ResolveOptions,
) => Promise<Answer<T>>;

export const ok = <T extends RecordType>(records: RecordData[T][], ttl?: number): Answer<T> => ({
  kind: 'ok',
  records,
  ttl,
});
export const nxdomain = <T extends RecordType>(ttl?: number): Answer<T> => ({
  kind: 'nxdomain',
  ttl,
});
export const nodata = <T extends RecordType>(ttl?: number): Answer<T> => ({ kind: 'nodata', ttl });

/** One DNS question asked (by a check, through the query log), and what came back, for the "evidence" and privacy panels. */
export interface QueryRecord {
  name: string;
  type: RecordType;
  outcome: 'ok' | 'nxdomain' | 'nodata' | 'error';
  records?: string[];
  error?: string;
  /** Milliseconds the answer took; absent when served from cache. */
  ms?: number;
}
