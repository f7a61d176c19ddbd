/**
 * Turn a decoded DNS response into an Answer: follow the CNAME chain inside the answer section
 * to the requested type, join TXT strings, and take the smallest TTL of the records used.
 */
import { RCODE, RCODE_ERRORS, type DnsMessage, type ResourceRecord } from './message.ts';
import {
  DnsError,
  nodata,
  nxdomain,
  ok,
  type Answer,
  type RecordData,
  type RecordType,
} from './types.ts';
import { MAX_CNAME_CHAIN, normaliseName } from './names.ts';

/** Longer chains are treated as loops; resolvers stop well before this. */

function valueOf(record: ResourceRecord): RecordData[RecordType] | undefined {
  switch (record.type) {
    case 'TXT':
      // One record of several character-strings is one value, joined with nothing between
      // (RFC 7208 s3.3, RFC 6376 s3.6.2.2).
      return record.data.join('');
    case 'MX':
      return { preference: record.data.preference, exchange: normaliseName(record.data.exchange) };
    case 'A':
    case 'AAAA':
      return record.data;
    case 'SOA':
      return undefined;
    default:
      return normaliseName(record.data);
  }
}

/** Negative answers are cached for min(SOA TTL, SOA MINIMUM) (RFC 2308 s5). */
function negativeTtl(message: DnsMessage): number | undefined {
  const soa = message.authorities.find((record) => record.type === 'SOA');
  return soa?.type === 'SOA' ? Math.min(soa.ttl, soa.data.minimum) : undefined;
}

function minTtl(ttls: (number | undefined)[]): number | undefined {
  const known = ttls.filter((ttl): ttl is number => ttl !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

export function answerFromMessage<T extends RecordType>(
  message: DnsMessage,
  name: string,
  type: T,
): Answer<T> {
  if (message.rcode === RCODE.NXDOMAIN) return nxdomain<T>(negativeTtl(message));
  if (message.rcode !== RCODE.NOERROR) {
    const known = RCODE_ERRORS[message.rcode];
    throw new DnsError(
      known?.kind ?? 'servfail',
      name,
      type,
      known?.text ?? `RCODE ${message.rcode}`,
    );
  }
  const owned = (owner: string, wanted: string) =>
    message.answers.filter(
      (record) => record.type === wanted && normaliseName(record.name) === owner,
    );
  let current = normaliseName(name);
  const seen = new Set([current]);
  const chainTtls: number[] = [];
  for (;;) {
    const records = owned(current, type);
    if (records.length > 0) {
      const values = records.map(valueOf) as RecordData[T][];
      return ok<T>(values, minTtl([...chainTtls, ...records.map((record) => record.ttl)]));
    }
    const cname = type === 'CNAME' ? undefined : owned(current, 'CNAME')[0];
    if (cname?.type !== 'CNAME') return nodata<T>(minTtl([negativeTtl(message), ...chainTtls]));
    chainTtls.push(cname.ttl);
    current = normaliseName(cname.data);
    if (seen.has(current)) throw new DnsError('cname-loop', name, type, 'CNAME loop in the answer');
    seen.add(current);
    if (seen.size > MAX_CNAME_CHAIN) {
      throw new DnsError('cname-loop', name, type, `CNAME chain longer than ${MAX_CNAME_CHAIN}`);
    }
  }
}
