/**
 * The HELO/EHLO name the sender gave. Receivers like it to be a fully-qualified name that
 * resolves to the connecting IP, ideally the same name as the PTR (Postfix answers
 * "504 5.5.2 need fully-qualified hostname"; Microsoft "5.7.506 Bad HELO" when it is their own
 * name). RFC 5321 s4.1.4 allows an address literal only when the client has no name.
 */
import { parseIp, type IpAddress } from '../ip.ts';
import type { Lookups } from '../../dns/settle.ts';
import { confirmForward, type ForwardCheck } from './fcrdns.ts';

export interface HeloCheck {
  helo: string;
  status: 'matches-ptr' | 'resolves-to-ip' | 'elsewhere' | 'ip-literal' | 'not-fqdn' | 'unknown';
  addresses?: string[];
  unknownReason?: string;
  manualCheck?: string;
}

/** Whether the HELO needs a forward lookup at all (a name, not a literal or single label). */
export function heloNeedsLookup(helo: string): boolean {
  return parseIp(helo) === undefined && helo.includes('.') && helo.length <= 255;
}

/** Start the HELO's forward lookup; it runs alongside the PTR query. */
export function lookupHelo(
  helo: string,
  ip: IpAddress,
  log: Lookups,
): Promise<ForwardCheck | undefined> {
  return heloNeedsLookup(helo)
    ? confirmForward([helo], ip, log).then((checks) => checks[0])
    : Promise.resolve(undefined);
}

export function assessHelo(
  helo: string,
  ptrNames: readonly string[],
  forward: ForwardCheck | undefined,
): HeloCheck {
  if (parseIp(helo)) return { helo, status: 'ip-literal' };
  if (!helo.includes('.')) return { helo, status: 'not-fqdn' };
  if (ptrNames.includes(helo)) return { helo, status: 'matches-ptr' };
  if (!forward) return { helo, status: 'not-fqdn' };
  if (forward.status === 'error') {
    return {
      helo,
      status: 'unknown',
      unknownReason: forward.unknownReason,
      manualCheck: forward.manualCheck,
    };
  }
  return {
    helo,
    status: forward.matches ? 'resolves-to-ip' : 'elsewhere',
    addresses: forward.addresses,
  };
}
