/**
 * What one evaluation knows about the connection (RFC 7208 s4.1) and the macro values derived
 * from it (s7.3), plus the running counts that s4.6.4 limits.
 */
import type { Lookups } from '../../dns/settle.ts';
import { nibbles, type IpAddress } from '../ip.ts';
import type { MacroValues } from './macro.ts';
import type { Parsed } from './macro.ts';
import type { SpfRecord } from './record.ts';

export interface Connection {
  ip: IpAddress;
  /** <sender> with "postmaster" for an empty local-part (s4.3). */
  sender: string;
  local: string;
  senderDomain: string;
  helo: string;
  receivingHost: string;
  now: () => Date;
}

/** The prefetcher, as the evaluator sees it (see prefetch.ts). */
export interface Planner {
  /** A record about to be evaluated with `used` DNS terms already counted. */
  plan(record: SpfRecord, domain: string, used: number): void;
}

export interface EvalState {
  dns: Lookups;
  connection: Connection;
  /** s4.6.4 DNS-querying terms counted so far, across includes and redirects. */
  lookups: number;
  /** s4.6.4 void lookups so far. */
  voids: number;
  parse: (text: string) => Parsed<SpfRecord>;
  planner?: Planner;
  /** %{p} per <domain>, computed at most once (s7.3). */
  validatedNames: Map<string, Promise<string>>;
}

/** s7.3 %{i}: the dotted quad, or for IPv6 the 32 nibbles, dot-separated (s7.4 example). */
const dottedIp = (ip: IpAddress): string => (ip.version === 4 ? ip.text : nibbles(ip).join('.'));

/** s7.3 macro values for a record evaluated for `domain`; p only when it was looked up. */
export function macroValues(connection: Connection, domain: string, p?: string): MacroValues {
  const { ip } = connection;
  return {
    s: connection.sender,
    l: connection.local,
    o: connection.senderDomain,
    d: domain,
    i: dottedIp(ip),
    p,
    v: ip.version === 4 ? 'in-addr' : 'ip6',
    h: connection.helo,
    c: ip.text,
    r: connection.receivingHost,
    t: String(Math.floor(connection.now().getTime() / 1000)),
  };
}

/** Parse each distinct record text once per evaluation (the prefetcher parses them too). */
export function memoParser(parse: (text: string) => Parsed<SpfRecord>) {
  const seen = new Map<string, Parsed<SpfRecord>>();
  return (text: string): Parsed<SpfRecord> => {
    let parsed = seen.get(text);
    if (!parsed) {
      parsed = parse(text);
      seen.set(text, parsed);
    }
    return parsed;
  };
}
