/**
 * Answer a question from a fixture zone as a full DNS response, with the CNAME records of the
 * chain in the answer section and an SOA in the authority section of negative answers
 * (RFC 2308 s2, s3), so a DoH client sees what it would see from a real resolver. Used by the
 * local DoH server; the outcome itself always comes from zoneResolver (zone.ts).
 */
import { MAX_CNAME_CHAIN, normaliseName } from './names.ts';
import { RCODE, type DnsMessage, type ResourceRecord } from './message.ts';
import { DnsError, type Answer, type MxRecord, type RecordType } from './types.ts';
import { indexZone, zoneResolver, type Zone, type ZoneEntry } from './zone.ts';

export interface ZoneMessageOptions {
  /** TTL of every record, in seconds. */
  ttl?: number;
  /** SOA TTL and MINIMUM of negative answers, in seconds. */
  negativeTtl?: number;
}

export type ZoneResponder = (name: string, type: RecordType) => Promise<DnsMessage>;

function finalRecords(
  owner: string,
  ttl: number,
  type: RecordType,
  answer: Answer<RecordType> & { kind: 'ok' },
  entry: ZoneEntry | undefined,
): ResourceRecord[] {
  const base = { name: owner, ttl };
  switch (type) {
    case 'TXT': {
      // Keep the zone's own character-strings so multi-string records travel as such.
      const parts = entry?.TXT?.map((txt) => (Array.isArray(txt) ? txt : [txt]));
      const fallback = answer.records.map((text) => [String(text)]);
      return (parts ?? fallback).map((data) => ({ ...base, type: 'TXT', data }));
    }
    case 'MX':
      return answer.records.map((data) => ({ ...base, type: 'MX', data: data as MxRecord }));
    default:
      return answer.records.map((data) => ({ ...base, type, data: String(data) }));
  }
}

export function zoneResponder(zone: Zone, options: ZoneMessageOptions = {}): ZoneResponder {
  const { ttl = 300, negativeTtl = 60 } = options;
  const index = indexZone(zone);
  const resolve = zoneResolver(zone);
  return async (name, type) => {
    const chain: ResourceRecord[] = [];
    let owner = normaliseName(name);
    while (type !== 'CNAME' && chain.length < MAX_CNAME_CHAIN) {
      const entry = index.get(owner);
      const target = entry?.CNAME?.[0];
      if (!target || (entry?.[type]?.length ?? 0) > 0) break;
      chain.push({ name: owner, ttl, type: 'CNAME', data: normaliseName(target) });
      owner = normaliseName(target);
    }
    let answer: Answer<RecordType>;
    try {
      answer = await resolve(name, type);
    } catch (error) {
      // A loop is the resolver's failure (SERVFAIL); a zone timeout is left to the server.
      if (error instanceof DnsError && error.kind === 'cname-loop') {
        return { rcode: RCODE.SERVFAIL, answers: [], authorities: [] };
      }
      throw error;
    }
    if (answer.kind === 'ok') {
      const records = finalRecords(owner, ttl, type, answer, index.get(owner));
      return { rcode: RCODE.NOERROR, answers: [...chain, ...records], authorities: [] };
    }
    const soa: ResourceRecord = {
      name: owner,
      ttl: negativeTtl,
      type: 'SOA',
      data: {
        mname: 'ns.fixture.invalid',
        rname: 'hostmaster.fixture.invalid',
        minimum: negativeTtl,
      },
    };
    const rcode = answer.kind === 'nxdomain' ? RCODE.NXDOMAIN : RCODE.NOERROR;
    return { rcode, answers: chain, authorities: [soa] };
  };
}
