/**
 * The "validated domain name" of the client IP (RFC 7208 s5.5), used by the ptr mechanism and
 * the %{p} macro (s7.3): a PTR name whose own A/AAAA records include the IP. Only the first 10
 * PTR names are looked at (s4.6.4).
 */
import type { Lookups, Settled } from '../../dns/settle.ts';
import { isSameOrSubdomain, sameName } from './domain-name.ts';
import { addressType, holds, reverseName, type IpAddress } from '../ip.ts';
import { SPF_LIMITS } from './limits.ts';

/** s5.5: the PTR names of the IP, at most the first 10. */
export function ptrLookup(dns: Lookups, ip: IpAddress): Promise<Settled<'PTR'>> {
  return dns.lookup(reverseName(ip), 'PTR');
}

export function firstPtrNames(records: readonly string[]): string[] {
  return records.slice(0, SPF_LIMITS.ptrNames).map((name) => name.replace(/\.$/, ''));
}

/**
 * s5.5: "If <ip> is among the returned IP addresses, then that domain name is validated."
 * "If a DNS error occurs while doing an A RR lookup, then that domain name is skipped."
 */
export async function validates(dns: Lookups, ip: IpAddress, name: string): Promise<boolean> {
  const answer = await dns.lookup(name, addressType(ip));
  if (answer.kind !== 'ok') return false;
  return answer.records.some((address) => holds(address, ip));
}

/**
 * s7.3 %{p}: the <domain> itself if validated, else a validated subdomain of it, else any
 * validated name; "unknown" when there is none or a DNS error occurs.
 */
export async function validatedName(dns: Lookups, ip: IpAddress, domain: string): Promise<string> {
  const answer = await ptrLookup(dns, ip);
  if (answer.kind !== 'ok') return 'unknown';
  const names = firstPtrNames(answer.records);
  const exact = names.filter((name) => sameName(name, domain));
  const below = names.filter((name) => !sameName(name, domain) && isSameOrSubdomain(name, domain));
  const others = names.filter((name) => !isSameOrSubdomain(name, domain));
  for (const name of [...exact, ...below, ...others]) {
    if (await validates(dns, ip, name)) return name;
  }
  return 'unknown';
}
