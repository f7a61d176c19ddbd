/**
 * The DMARC check: which policy applies to the From domain under RFC 9989 (DMARCbis) policy
 * discovery, is it usable, do this message's SPF and DKIM domains align with the From domain,
 * can the report addresses receive reports, and how would an RFC 7489 receiver see it.
 */
import { lookups, type DnsFailure, type Lookups } from '../../dns/settle.ts';
import type { CheckContext, CheckResult } from '../types.ts';
import { normaliseName } from '../../dns/names.ts';
import { envelopeDomainOf, fromDomainOf } from '../dkim/sender-domain.ts';
import { alignment, type AlignmentResult } from './alignment.ts';
import { authorExists } from './author-exists.ts';
import { dmarcLookup, type DmarcLookup } from './lookup.ts';
import { applyPolicy, discoverPolicy, needsExistence, type PolicyOutcome } from './policy.ts';
import { loadOrgDomains } from '../public-suffix.ts';
import { checkReportDestinations, type ReportDestination } from './report-destinations.ts';
import { rfc7489View, type Rfc7489View } from './rfc7489-view.ts';
import { selectOrgDomain, treeWalk, type TreeWalk } from './tree-walk.ts';
import { judge } from './verdict.ts';

export interface DmarcDetails {
  fromDomain: string;
  /** The RFC 9989 tree walk from the From domain. */
  walk: TreeWalk;
  orgDomain?: string;
  policy?: PolicyOutcome;
  /** Identifiers from the bounced message, when it showed them. */
  identifiers: { spfDomain?: string; dkimDomains: string[] };
  alignment?: AlignmentResult;
  reports: ReportDestination[];
  rfc7489: Rfc7489View;
}

/**
 * RFC 9989 s4.10.2: the Organizational Domain of each identifier, by its own tree walk. The
 * walks go out together; errors are kept in identifier order, so the result does not depend on
 * which answer came first.
 */
async function orgDomains(domains: string[], lookup: DmarcLookup, errors: DnsFailure[]) {
  const orgs = new Map<string, string | undefined>();
  const walks = await Promise.all(domains.map((domain) => treeWalk(domain, lookup)));
  walks.forEach((walk, index) => {
    if (walk.error?.error) errors.push(walk.error.error);
    orgs.set(domains[index] ?? walk.start, walk.error ? undefined : selectOrgDomain(walk));
  });
  return orgs;
}

function unknownSender(): CheckResult<DmarcDetails> {
  const reason =
    'The bounce does not show the From domain, so there is no DMARC policy to look up.';
  return {
    id: 'dmarc',
    title: 'DMARC',
    verdict: 'unknown',
    finding: reason,
    unknownReason: reason,
    manualCheck: 'dig +short TXT _dmarc.<your From domain>',
    fixes: [],
    queries: [],
  };
}

export async function run(ctx: CheckContext): Promise<CheckResult<DmarcDetails>> {
  const fromDomain = fromDomainOf(ctx.sender);
  if (!fromDomain) return unknownSender();
  const dns = lookups(ctx.resolver, { signal: ctx.signal });
  try {
    return await check(ctx, fromDomain, dns);
  } finally {
    // A psd= stop leaves the walk's later answers unread; nobody waits for them now.
    dns.close();
  }
}

async function check(
  ctx: CheckContext,
  fromDomain: string,
  dns: Lookups,
): Promise<CheckResult<DmarcDetails>> {
  // The Public Suffix List loads while the first questions are out.
  const suffixes = loadOrgDomains();
  const lookup = dmarcLookup(dns);
  const errors: DnsFailure[] = [];
  const walk = await treeWalk(fromDomain, lookup);
  if (walk.error?.error) errors.push(walk.error.error);
  const orgDomain = walk.error ? undefined : selectOrgDomain(walk);
  const authorRecord = walk.steps[0]?.outcome === 'record';
  const discovery =
    orgDomain || authorRecord ? discoverPolicy(walk, orgDomain ?? fromDomain) : undefined;
  let exists: boolean | undefined;
  if (discovery && needsExistence(discovery)) {
    const answer = await authorExists(dns, fromDomain);
    if ('error' in answer) errors.push(answer.error);
    else exists = answer.exists;
  }
  const policy = discovery ? applyPolicy(discovery, exists) : undefined;

  const spfDomain = envelopeDomainOf(ctx.sender);
  const dkimDomains = [...new Set((ctx.sender.dkim ?? []).map((d) => normaliseName(d.domain)))];
  const identifiers = { spfDomain, dkimDomains };
  let aligned: AlignmentResult | undefined;
  let reports: ReportDestination[] = [];
  if (policy?.usable) {
    const { record, policyDomain, source } = policy.applied;
    const others = [spfDomain, ...dkimDomains].filter((d): d is string => !!d && d !== fromDomain);
    const reportOrg = source === 'public-suffix' ? policyDomain : (orgDomain ?? fromDomain);
    // Neither needs the other's answers: the identifiers' walks and the report authorisations
    // go out together.
    const [orgs, destinations] = await Promise.all([
      orgDomains([...new Set(others)], lookup, errors),
      checkReportDestinations(record, policyDomain, reportOrg, dns),
    ]);
    orgs.set(fromDomain, orgDomain);
    const input = { fromDomain, ...identifiers, aspf: record.aspf, adkim: record.adkim };
    aligned = alignment({ ...input, orgDomainOf: (d) => orgs.get(d) });
    reports = destinations;
    errors.push(...reports.flatMap((r) => (r.error ? [r.error] : [])));
  }
  const orgDomainOf = await suffixes;
  const rfc9989 = { orgDomain, policy, alignment: aligned };
  const { view, error } = await rfc7489View(fromDomain, lookup, identifiers, rfc9989, orgDomainOf);
  if (error?.error) errors.push(error.error);

  const starterDomain = orgDomainOf(fromDomain);
  const judgement = judge({
    fromDomain,
    walk,
    orgDomain,
    starterDomain,
    policy,
    alignment: aligned,
    reports,
    errors,
  });
  return {
    id: 'dmarc',
    title: `DMARC for ${fromDomain}`,
    ...judgement,
    queries: dns.queries,
    details: {
      fromDomain,
      walk,
      orgDomain,
      policy,
      identifiers,
      alignment: aligned,
      reports,
      rfc7489: view,
    },
  };
}
