/**
 * External report destinations must opt in (RFC 7489 s7.1, kept by RFC 9990): when a mailto:
 * domain in rua=/ruf= is outside the policy's Organizational Domain, receivers look for a TXT
 * record starting with v=DMARC1 at <policy-domain>._report._dmarc.<destination-domain> and send
 * nothing there without it.
 */
import { failureOf, type DnsFailure, type Lookups } from '../../dns/settle.ts';
import { isDmarcRecord, type DmarcRecord } from './record.ts';

export interface ReportDestination {
  kind: 'rua' | 'ruf';
  uri: string;
  domain: string;
  /** Outside the Organizational Domain, so it must opt in. */
  external: boolean;
  queryName?: string;
  authorized?: boolean;
  error?: DnsFailure;
}

const within = (domain: string, org: string) => domain === org || domain.endsWith(`.${org}`);

export const authorizationName = (policyDomain: string, destination: string): string =>
  `${policyDomain}._report._dmarc.${destination}`;

async function authorize(dns: Lookups, name: string) {
  const answer = await dns.lookup(name, 'TXT');
  if (answer.kind === 'error') return { error: failureOf(answer.error) };
  return { authorized: answer.kind === 'ok' && answer.records.some(isDmarcRecord) };
}

export async function checkReportDestinations(
  record: DmarcRecord,
  policyDomain: string,
  orgDomain: string,
  dns: Lookups,
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
  const external = destinations.filter((d) => d.external);
  for (const d of external) d.queryName = authorizationName(policyDomain, d.domain);
  // All at once; a destination named twice is asked once (the lookups remember).
  const answers = await Promise.all(external.map((d) => authorize(dns, d.queryName ?? '')));
  external.forEach((d, index) => Object.assign(d, answers[index]));
  return destinations;
}
