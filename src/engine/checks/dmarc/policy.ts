/**
 * Which record applies to the From domain and what it asks for (RFC 9989 s4.10.1): the record
 * at the Author Domain, else the Organizational Domain's, else the Public Suffix Domain's. For
 * a subdomain the policy comes from sp= (existing name) or np= (non-existent name), else p=.
 */
import type { DmarcRecord, Policy } from './record.ts';
import type { TreeWalk } from './tree-walk.ts';

export interface PolicyDiscovery {
  source: 'author' | 'organizational' | 'public-suffix';
  policyDomain: string;
  record: DmarcRecord;
}

export interface AppliedPolicy extends PolicyDiscovery {
  tag: 'p' | 'sp' | 'np';
  /** What the owner asks for, after the invalid-tag fallback below. */
  requested: Policy;
  /** What RFC 9989 receivers apply: t=y weakens reject to quarantine and quarantine to none. */
  effective: Policy;
  /** p=none assumed because p=, sp= or np= was missing or invalid but rua= is valid. */
  fellBack: boolean;
}

export type PolicyOutcome =
  | { usable: true; applied: AppliedPolicy }
  | { usable: false; discovery: PolicyDiscovery; reason: string };

export function discoverPolicy(walk: TreeWalk, orgDomain: string): PolicyDiscovery | undefined {
  const records = walk.steps.filter((s) => s.outcome === 'record');
  const pick = (source: PolicyDiscovery['source'], step = records[0]) =>
    step?.record ? { source, policyDomain: step.domain, record: step.record } : undefined;
  if (walk.steps[0]?.outcome === 'record') return pick('author');
  const org = records.find((s) => s.domain === orgDomain);
  if (org) return pick('organizational', org);
  // The walk stops at a psd= record, so a Public Suffix Domain record can only be the last.
  const last = records.at(-1);
  return last?.record?.psd === 'y' ? pick('public-suffix', last) : undefined;
}

/** True when knowing whether the From domain exists changes the answer (np= differs). */
export function needsExistence(discovery: PolicyDiscovery): boolean {
  const { record, source } = discovery;
  return source !== 'author' && record.np !== undefined && record.np !== (record.sp ?? record.p);
}

const WEAKER: Record<Policy, Policy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

export function applyPolicy(discovery: PolicyDiscovery, authorExists?: boolean): PolicyOutcome {
  const { record } = discovery;
  const subdomain = discovery.source !== 'author';
  const tag = !subdomain
    ? 'p'
    : authorExists === false && record.np
      ? 'np'
      : record.sp
        ? 'sp'
        : 'p';
  let requested = record[tag];
  let fellBack = false;
  // RFC 9989 s4.10.1: a record without a valid p=, or with an invalid sp= or np=, acts as
  // p=none if rua= holds at least one syntactically valid URI; otherwise DMARC does not apply.
  if (record.p === undefined || record.invalid.length > 0) {
    if (!record.rua.some((uri) => uri.valid)) {
      const what =
        record.p === undefined ? 'no valid p=' : `an invalid ${record.invalid.join('= and ')}=`;
      return {
        usable: false,
        discovery,
        reason: `the record has ${what} and no valid rua=, so receivers apply no DMARC policy (RFC 9989 s4.10.1)`,
      };
    }
    requested = 'none';
    fellBack = true;
  }
  const policy: Policy = requested ?? 'none';
  return {
    usable: true,
    applied: {
      ...discovery,
      tag: fellBack ? 'p' : tag,
      requested: policy,
      effective: record.testing ? WEAKER[policy] : policy,
      fellBack,
    },
  };
}
