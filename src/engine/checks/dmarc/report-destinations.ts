/**
 * External report destinations must opt in (RFC 7489 s7.1, kept by RFC 9990): when a mailto:
 * domain in rua=/ruf= is outside the policy's Organizational Domain, receivers look for a TXT
 * record starting with v=DMARC1 at <policy-domain>._report._dmarc.<destination-domain> and send
 * nothing there without it.
 */
import { DnsError, type DnsErrorKind, type Resolver } from '../../dns/types.ts';
import { isDmarcRecord, type DmarcRecord } from './record.ts';

export interface ReportDestination {
  kind: 'rua' | 'ruf';
  uri: string;
  domain: string;
  /** Outside the Organizational Domain, so it must opt in. */
  external: boolean;
  queryName?: string;
  authorized?: boolean;
  error?: { kind: DnsErrorKind | 'unexpected'; message: string; name: string };
}

const within = (domain: string, org: string) => domain === org || domain.endsWith(`.${org}`);

export const authorizationName = (policyDomain: string, destination: string): string =>
  `${policyDomain}._report._dmarc.${destination}`;

async function authorize(resolver: Resolver, name: string, signal?: AbortSignal) {
  try {
    const answer = await resolver(name, 'TXT', { signal });
    return { authorized: answer.kind === 'ok' && answer.records.some(isDmarcRecord) };
  } catch (error) {
    const kind = error instanceof DnsError ? error.kind : ('unexpected' as const);
    const message = error instanceof Error ? error.message : String(error);
    return { error: { kind, message, name } };
  }
}

export async function checkReportDestinations(
  record: DmarcRecord,
  policyDomain: string,
  orgDomain: string,
  resolver: Resolver,
  signal?: AbortSignal,
): Promise<ReportDestination[]> {
  const destinations: ReportDestination[] = [];
  for (const [kind, uris] of [
    ['rua', record.rua],
    ['ruf', record.ruf],
  ] as const) {
    for (const uri of uris) {
      if (!uri.domain) continue;
      destinations.push({
        kind,
        uri: uri.raw,
        domain: uri.domain,
        external: !within(uri.domain, orgDomain),
      });
    }
  }
  const checks = new Map<string, ReturnType<typeof authorize>>();
  for (const d of destinations.filter((d) => d.external)) {
    d.queryName = authorizationName(policyDomain, d.domain);
    if (!checks.has(d.queryName)) checks.set(d.queryName, authorize(resolver, d.queryName, signal));
  }
  for (const d of destinations) {
    if (d.queryName) Object.assign(d, await checks.get(d.queryName));
  }
  return destinations;
}
