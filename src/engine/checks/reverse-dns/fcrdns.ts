/**
 * Forward-confirmed reverse DNS: the IP's PTR names, and whether any of them resolves back to
 * the same IP. The result words are those of the "iprev" method (RFC 8601 s3):
 *   pass      a PTR name's A/AAAA records contain the IP;
 *   fail      PTR names were found, but none resolves back to the IP;
 *   permerror no PTR record is published;
 *   temperror a DNS error stopped the evaluation.
 */
import { addressType, holds, type IpAddress } from '../ip.ts';
import { digCommand, explainDnsError } from '../../dns/failure-words.ts';
import type { Lookups } from '../../dns/settle.ts';

export type Iprev = 'pass' | 'fail' | 'permerror' | 'temperror';

export interface ForwardCheck {
  name: string;
  status: 'ok' | 'nxdomain' | 'nodata' | 'error';
  addresses: string[];
  /** This name's addresses include the sending IP. */
  matches: boolean;
  unknownReason?: string;
  manualCheck?: string;
}

/** RFC 8601 leaves the number open; like SPF's ptr (RFC 7208 s4.6.4) we follow at most 10. */
export const MAX_PTR_NAMES = 10;

export async function confirmForward(
  names: readonly string[],
  ip: IpAddress,
  log: Lookups,
): Promise<ForwardCheck[]> {
  const type = addressType(ip);
  return Promise.all(
    names.map(async (name): Promise<ForwardCheck> => {
      const answer = await log.lookup(name, type);
      if (answer.kind === 'error') {
        return {
          name,
          status: 'error',
          addresses: [],
          matches: false,
          unknownReason: explainDnsError(answer.error),
          manualCheck: digCommand(name, type),
        };
      }
      const addresses = answer.kind === 'ok' ? answer.records : [];
      const matches = addresses.some((address) => holds(address, ip));
      return { name, status: answer.kind, addresses, matches };
    }),
  );
}

export function iprevResult(forward: readonly ForwardCheck[]): Iprev {
  if (forward.length === 0) return 'permerror';
  if (forward.some((check) => check.matches)) return 'pass';
  if (forward.some((check) => check.status === 'error')) return 'temperror';
  return 'fail';
}
