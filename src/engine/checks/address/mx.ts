/**
 * Can the domain receive mail? Its MX records (RFC 5321 s5.1), the null MX that says "no mail
 * here" (RFC 7505), the implicit MX of a domain with only an address, and whether each MX host
 * resolves.
 */
import type { MxRecord } from '../../dns/types.ts';
import { parseIp } from '../ip.ts';
import { digCommand, explainDnsError } from '../../dns/failure-words.ts';
import type { Lookups, Settled } from '../../dns/settle.ts';

export interface MxHostCheck {
  host: string;
  preference: number;
  status: 'ok' | 'no-address' | 'ip-literal' | 'unknown';
  addresses: string[];
  /** The MX names an alias; RFC 2181 s10.3 says it must name the canonical host. */
  cnameTarget?: string;
  /** The host name does not exist at all (NXDOMAIN). */
  nxdomain?: boolean;
  /** Why a lookup about this host could not be answered (the host may still be usable). */
  unknownReason?: string;
  manualCheck?: string;
}

export type MxStatus = 'mx' | 'null-mx' | 'implicit' | 'no-mail' | 'nxdomain' | 'unknown';

export interface MxEvaluation {
  status: MxStatus;
  /** Sorted by preference, then name; at most MAX_LISTED of them. */
  records: MxRecord[];
  total: number;
  hosts: MxHostCheck[];
  /** MX hosts beyond the lookup cap, not looked up. */
  hostsNotChecked: number;
  /** A null MX published next to real MX records (RFC 7505 s3 forbids that). */
  nullMxMixed?: boolean;
  /** For an implicit MX: the domain's own addresses. */
  implicitAddresses?: string[];
  unknownReason?: string;
  manualCheck?: string;
}

const MAX_CHECKED = 10;
const MAX_LISTED = 50;

export const isNullMx = (record: MxRecord): boolean =>
  record.exchange === '' || record.exchange === '.';

export function sortMx(records: readonly MxRecord[]): MxRecord[] {
  return [...records].sort(
    (a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange),
  );
}

const addressesOf = (answer: Settled<'A' | 'AAAA'>): string[] =>
  answer.kind === 'ok' ? answer.records : [];

export async function evaluateMx(domain: string, log: Lookups): Promise<MxEvaluation> {
  const empty = { records: [], total: 0, hosts: [], hostsNotChecked: 0 };
  const mx = await log.lookup(domain, 'MX');
  if (mx.kind === 'error') {
    return {
      ...empty,
      status: 'unknown',
      unknownReason: explainDnsError(mx.error),
      manualCheck: digCommand(domain, 'MX'),
    };
  }
  if (mx.kind === 'nxdomain') return { ...empty, status: 'nxdomain' };
  if (mx.kind === 'nodata' || mx.records.length === 0) return implicitMx(domain, log);

  const sorted = sortMx(mx.records);
  const base = { records: sorted.slice(0, MAX_LISTED), total: sorted.length };
  const real = sorted.filter((record) => !isNullMx(record));
  if (real.length === 0) return { ...base, status: 'null-mx', hosts: [], hostsNotChecked: 0 };

  const unique = [
    ...new Map(real.map((record) => [record.exchange.toLowerCase(), record])).values(),
  ];
  const checked = unique.slice(0, MAX_CHECKED);
  const hosts = await Promise.all(checked.map((record) => checkHost(record, log)));
  return {
    ...base,
    status: 'mx',
    hosts,
    hostsNotChecked: unique.length - checked.length,
    nullMxMixed: real.length !== sorted.length,
  };
}

async function implicitMx(domain: string, log: Lookups): Promise<MxEvaluation> {
  const [a, aaaa] = await Promise.all([log.lookup(domain, 'A'), log.lookup(domain, 'AAAA')]);
  const addresses = [...addressesOf(a), ...addressesOf(aaaa)];
  const empty = { records: [], total: 0, hosts: [], hostsNotChecked: 0 };
  if (addresses.length > 0) return { ...empty, status: 'implicit', implicitAddresses: addresses };
  const failed = [a, aaaa].find((answer) => answer.kind === 'error');
  if (failed?.kind === 'error') {
    return {
      ...empty,
      status: 'unknown',
      unknownReason: `${domain} has no MX records, and ${explainDnsError(failed.error)}`,
      manualCheck: digCommand(domain, failed.error.query.type),
    };
  }
  return { ...empty, status: 'no-mail' };
}

async function checkHost(record: MxRecord, log: Lookups): Promise<MxHostCheck> {
  const host = record.exchange.toLowerCase().replace(/\.$/, '');
  const base = { host, preference: record.preference, addresses: [] };
  if (parseIp(host)) return { ...base, status: 'ip-literal' };
  const [a, aaaa, cname] = await Promise.all([
    log.lookup(host, 'A'),
    log.lookup(host, 'AAAA'),
    log.lookup(host, 'CNAME'),
  ]);
  const addresses = [...addressesOf(a), ...addressesOf(aaaa)];
  const cnameTarget = cname.kind === 'ok' ? cname.records[0] : undefined;
  const failed = [a, aaaa, cname].find((answer) => answer.kind === 'error');
  const unknown =
    failed?.kind === 'error'
      ? {
          unknownReason: explainDnsError(failed.error),
          manualCheck: digCommand(host, failed.error.query.type),
        }
      : {};
  if (addresses.length > 0) return { ...base, status: 'ok', addresses, cnameTarget, ...unknown };
  if (failed && (a.kind === 'error' || aaaa.kind === 'error')) {
    return { ...base, status: 'unknown', cnameTarget, ...unknown };
  }
  return {
    ...base,
    status: 'no-address',
    cnameTarget,
    nxdomain: a.kind === 'nxdomain',
    ...unknown,
  };
}
