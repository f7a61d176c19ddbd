/**
 * How a receiver still following RFC 7489 (2015) sees the same domain: record at the From
 * domain, else at its Organizational Domain by the Public Suffix List (s3.2, s6.6.3);
 * pct= honoured, t= and np= unknown. Reported next to the RFC 9989 view so owners can see
 * where older receivers behave differently.
 */
import { alignment, type AlignmentResult } from './alignment.ts';
import type { DmarcLookup, LookupResult } from './lookup.ts';
import type { PolicyOutcome } from './policy.ts';
import type { OrgDomainOf } from '../public-suffix.ts';
import type { Policy } from './record.ts';

export interface Rfc7489View {
  orgDomain: string;
  policyDomain?: string;
  policy?: Policy;
  /** Share of failing mail the policy applies to (pct=, default 100). */
  pct: number;
  /** Alignment with Organizational Domains by the Public Suffix List. */
  alignment?: AlignmentResult;
  differences: string[];
}

export interface Rfc9989Facts {
  orgDomain?: string;
  policy?: PolicyOutcome;
  alignment?: AlignmentResult;
}

export async function rfc7489View(
  fromDomain: string,
  lookup: DmarcLookup,
  identifiers: { spfDomain?: string; dkimDomains: string[] },
  rfc9989: Rfc9989Facts,
  orgDomainOf: OrgDomainOf,
): Promise<{ view: Rfc7489View; error?: LookupResult }> {
  const orgDomain = orgDomainOf(fromDomain);
  const view: Rfc7489View = { orgDomain, pct: 100, differences: [] };
  const own = await lookup(fromDomain);
  const found = own.outcome === 'record' || own.outcome === 'error' || orgDomain === fromDomain;
  const step = found ? own : await lookup(orgDomain);
  if (step.outcome === 'error') return { view, error: step };
  const record = step.outcome === 'record' ? step.record : undefined;
  if (record) {
    view.policyDomain = step.domain;
    const atOwn = step.domain === fromDomain;
    // RFC 7489 s6.6.3: invalid p= with a valid rua= acts as p=none; otherwise no policy.
    const requested = atOwn ? record.p : (record.sp ?? record.p);
    view.policy = requested ?? (record.rua.some((u) => u.valid) ? 'none' : undefined);
    view.pct = record.pct ?? 100;
  }
  // Computed even without a record (relaxed by default): the bulk-sender rules ask whether the
  // From domain aligns whatever DMARC says, and this is the view they are judged by.
  const modes = { aspf: record?.aspf ?? 'r', adkim: record?.adkim ?? 'r' };
  view.alignment = alignment({
    fromDomain,
    ...identifiers,
    ...modes,
    orgDomainOf,
  });
  view.differences = differences(view, rfc9989);
  return { view };
}

function differences(view: Rfc7489View, now: Rfc9989Facts): string[] {
  const out: string[] = [];
  const applied = now.policy?.usable ? now.policy.applied : undefined;
  if (now.orgDomain && now.orgDomain !== view.orgDomain) {
    out.push(
      `Organizational Domain: ${now.orgDomain} by the RFC 9989 tree walk, ${view.orgDomain} by the public-suffix view of RFC 7489 (affects relaxed alignment)`,
    );
  }
  const domain9989 = applied?.policyDomain;
  if (domain9989 !== view.policyDomain) {
    const where = (d?: string) => (d ? `_dmarc.${d}` : 'no record');
    out.push(
      `Policy record: RFC 9989 receivers use ${where(domain9989)}, RFC 7489 receivers ${where(view.policyDomain)}`,
    );
  } else if (applied && view.policy && applied.effective !== view.policy) {
    out.push(
      `Policy applied: ${applied.effective} by RFC 9989 receivers${applied.record.testing ? ' (t=y)' : ''}, ${view.policy} by RFC 7489 receivers`,
    );
  }
  if (view.policyDomain && view.pct < 100) {
    out.push(
      `pct=${view.pct}: RFC 7489 receivers apply the policy to ${view.pct}% of failing mail, RFC 9989 receivers to all of it`,
    );
  }
  const aligned9989 = now.alignment?.aligned;
  if (view.alignment && aligned9989 !== undefined && view.alignment.aligned !== aligned9989) {
    out.push(
      `Alignment: ${aligned9989 ? 'aligned' : 'not aligned'} under RFC 9989, ${view.alignment.aligned ? 'aligned' : 'not aligned'} under RFC 7489`,
    );
  }
  return out;
}
