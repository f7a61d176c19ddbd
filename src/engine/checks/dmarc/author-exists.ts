/**
 * Does the From domain exist? Decides between sp= and np= (RFC 9989 s4.10.1, s3.2.13): only
 * NXDOMAIN means it does not; NODATA for A is an existing name (RFC 9989 Appendix A.4).
 */
import { DnsError, type Resolver } from '../../dns/types.ts';
import type { DnsFailure } from './verdict.ts';

export async function authorExists(
  resolver: Resolver,
  domain: string,
  signal?: AbortSignal,
): Promise<{ exists: boolean } | { error: DnsFailure }> {
  try {
    const answer = await resolver(domain, 'A', { signal });
    return { exists: answer.kind !== 'nxdomain' };
  } catch (error) {
    const kind = error instanceof DnsError ? error.kind : 'unexpected';
    const message = error instanceof Error ? error.message : String(error);
    return { error: { name: domain, kind, message } };
  }
}
