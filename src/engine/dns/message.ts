/**
 * A DNS response reduced to what the engine needs, whichever way it travelled (RFC 8484 wire
 * format or the JSON API). Both decoders produce a DnsMessage; `answerFromMessage` turns one
 * into an Answer. The local DoH server builds DnsMessages from a fixture zone.
 */
import type { DnsErrorKind, MxRecord, RecordType } from './types.ts';

interface RecordBase {
  /** Owner name, lower case, without the trailing dot. */
  name: string;
  ttl: number;
}

/** The SOA fields a negative answer needs (RFC 2308 s5); the rest are filled in on encoding. */
export interface SoaRecordData {
  mname: string;
  rname: string;
  minimum: number;
}

export type ResourceRecord =
  | (RecordBase & { type: 'A' | 'AAAA' | 'CNAME' | 'PTR' | 'NS'; data: string })
  | (RecordBase & { type: 'MX'; data: MxRecord })
  /** The character-strings of one TXT record, not yet joined (RFC 1035 s3.3.14). */
  | (RecordBase & { type: 'TXT'; data: string[] })
  | (RecordBase & { type: 'SOA'; data: SoaRecordData });

export interface DnsMessage {
  rcode: number;
  question?: { name: string; type: string };
  answers: ResourceRecord[];
  authorities: ResourceRecord[];
}

/** RR TYPE values (RFC 1035 s3.2.2, RFC 3596 s2.1 for AAAA). */
export const TYPE_CODES = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
} as const satisfies Record<RecordType | 'SOA', number>;

export type KnownType = keyof typeof TYPE_CODES;

export function typeFromCode(code: number): KnownType | undefined {
  return (Object.keys(TYPE_CODES) as KnownType[]).find((type) => TYPE_CODES[type] === code);
}

export function isRecordType(value: string): value is RecordType {
  return value in TYPE_CODES && value !== 'SOA';
}

/** RCODE values (RFC 1035 s4.1.1, RFC 6895 s2.3). */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };

/**
 * What an error RCODE means for a check. FORMERR says the server could not read our question;
 * NOTIMP and REFUSED say it will not answer it. Anything else unknown counts as SERVFAIL.
 */
export const RCODE_ERRORS: Record<number, { kind: DnsErrorKind; text: string }> = {
  [RCODE.FORMERR]: { kind: 'malformed', text: 'the resolver could not read the query (FORMERR)' },
  [RCODE.SERVFAIL]: { kind: 'servfail', text: 'the resolver failed to get an answer (SERVFAIL)' },
  [RCODE.NOTIMP]: { kind: 'refused', text: 'the resolver does not support this query (NOTIMP)' },
  [RCODE.REFUSED]: { kind: 'refused', text: 'the resolver refused the query (REFUSED)' },
};
