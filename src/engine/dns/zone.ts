/**
 * A Resolver answering from a fixture zone: a literal object used by tests, the CLI and the
 * local DoH server. The format is a contract that scripts outside the app rely on:
 *
 *   { "name.example": { "TXT": ["v=spf1 -all", ["first part", "second part"]],
 *                       "A": ["192.0.2.1"], "AAAA": ["2001:db8::1"],
 *                       "MX": [[10, "mx.name.example"]], "PTR": ["host.example"],
 *                       "CNAME": ["alias.example"], "timeout": "*" } }
 *
 * - names are case-insensitive and written without the trailing dot;
 * - a TXT entry that is an array is one record of several strings, joined with nothing between;
 * - a name that is absent is NXDOMAIN; a type absent at a present name is NODATA, or a timeout
 *   where the name has "timeout": "*" (or lists the type: "timeout": ["TXT"]);
 * - CNAMEs are followed; a CNAME loop is an error.
 */
import {
  DnsError,
  nodata,
  nxdomain,
  ok,
  type Answer,
  type MxRecord,
  type RecordData,
  type RecordType,
  type Resolver,
} from './types.ts';
import { MAX_CNAME_CHAIN, normaliseName } from './names.ts';

export type ZoneTxt = string | string[];
export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  MX?: [number, string][];
  TXT?: ZoneTxt[];
  PTR?: string[];
  CNAME?: string[];
  NS?: string[];
  timeout?: '*' | RecordType[];
}
export type Zone = Record<string, ZoneEntry>;

/** Index a zone by normalised name; later duplicates of a name are merged. */
export function indexZone(zone: Zone): Map<string, ZoneEntry> {
  const index = new Map<string, ZoneEntry>();
  for (const [name, entry] of Object.entries(zone)) {
    const key = normaliseName(name);
    index.set(key, { ...index.get(key), ...entry });
  }
  return index;
}

function recordsOf<T extends RecordType>(entry: ZoneEntry, type: T): RecordData[T][] | undefined {
  switch (type) {
    case 'TXT':
      return entry.TXT?.map((txt) => (Array.isArray(txt) ? txt.join('') : txt)) as
        RecordData[T][] | undefined;
    case 'MX':
      return entry.MX?.map(([preference, exchange]): MxRecord => ({
        preference,
        exchange: normaliseName(exchange),
      })) as RecordData[T][] | undefined;
    case 'A':
    case 'AAAA':
      return entry[type] as RecordData[T][] | undefined;
    default:
      return (entry[type as 'PTR' | 'CNAME' | 'NS'] as string[] | undefined)?.map(normaliseName) as
        RecordData[T][] | undefined;
  }
}

function timesOut(entry: ZoneEntry, type: RecordType): boolean {
  return entry.timeout === '*' || (Array.isArray(entry.timeout) && entry.timeout.includes(type));
}

export function zoneResolver(zone: Zone): Resolver {
  const index = indexZone(zone);
  return async function resolve<T extends RecordType>(
    name: string,
    type: T,
    options?: { signal?: AbortSignal },
  ): Promise<Answer<T>> {
    if (options?.signal?.aborted) throw new DnsError('aborted', name, type);
    const seen = new Set<string>();
    let current = normaliseName(name);
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const entry = index.get(current);
      if (!entry) return nxdomain<T>();
      const records = recordsOf(entry, type);
      if (records && records.length > 0) return ok<T>(records);
      const target = type === 'CNAME' ? undefined : entry.CNAME?.[0];
      if (target) {
        seen.add(current);
        current = normaliseName(target);
        if (seen.has(current)) throw new DnsError('cname-loop', name, type, 'CNAME loop');
        continue;
      }
      if (timesOut(entry, type)) throw new DnsError('timeout', name, type, 'no answer (timeout)');
      return nodata<T>();
    }
    throw new DnsError('cname-loop', name, type, `CNAME chain longer than ${MAX_CNAME_CHAIN}`);
  };
}
