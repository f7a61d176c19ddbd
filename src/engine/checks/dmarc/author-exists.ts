/**
 * Does the From domain exist? Decides between sp= and np= (RFC 9989 s4.10.1, s3.2.13): only
 * NXDOMAIN means it does not; NODATA for A is an existing name (RFC 9989 Appendix A.4).
 */
import { failureOf, type DnsFailure, type Lookups } from '../../dns/settle.ts';

export async function authorExists(
  dns: Lookups,
  domain: string,
): Promise<{ exists: boolean } | { error: DnsFailure }> {
  const answer = await dns.lookup(domain, 'A');
  if (answer.kind === 'error') return { error: failureOf(answer.error) };
  return { exists: answer.kind !== 'nxdomain' };
}
