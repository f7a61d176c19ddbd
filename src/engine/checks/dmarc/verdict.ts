/**
 * One verdict for DMARC. Any DNS error -> unknown (the result rests on every lookup, STYLE.md
 * habit 5). No record, or a record receivers ignore -> fail with a copy-ready record. Otherwise
 * see verdict-applied.ts.
 */
import type { DnsFailure } from '../../dns/settle.ts';
import type { Judgement } from '../types.ts';
import type { AlignmentResult } from './alignment.ts';
import { correctedRecordFix, starterFix } from './fixes.ts';
import type { PolicyOutcome } from './policy.ts';
import type { ReportDestination } from './report-destinations.ts';
import type { TreeWalk } from './tree-walk.ts';
import { judgeApplied } from './verdict-applied.ts';
import { discardedRecords } from './wording.ts';

export interface JudgeInput {
  fromDomain: string;
  walk: TreeWalk;
  orgDomain?: string;
  /** Where a starter record should go: the registrable domain (RFC 7489 view). */
  starterDomain: string;
  policy?: PolicyOutcome;
  alignment?: AlignmentResult;
  reports: ReportDestination[];
  errors: DnsFailure[];
}

export function judge(input: JudgeInput): Judgement {
  const { fromDomain, walk, policy } = input;
  const error = input.errors[0];
  if (error) {
    const reason = `The lookup of ${error.name} failed (${error.kind}), so the DMARC result is not known.`;
    const manualCheck = `dig +short TXT _dmarc.${fromDomain}`;
    return { verdict: 'unknown', finding: reason, unknownReason: reason, manualCheck, fixes: [] };
  }
  if (!policy) {
    const looked = walk.steps.map((s) => `_dmarc.${s.domain}`).join(', ');
    const finding = `No DMARC record applies to ${fromDomain} (looked at ${looked}).${discardedRecords(walk)}`;
    return { verdict: 'fail', finding, fixes: [starterFix(input.starterDomain)] };
  }
  if (!policy.usable) {
    const { policyDomain, record } = policy.discovery;
    const why = 'Publish a record with a valid p= (and a report address):';
    return {
      verdict: 'fail',
      finding: `The DMARC record at _dmarc.${policyDomain} is ignored: ${policy.reason}.`,
      fixes: [correctedRecordFix(policyDomain, record, { p: 'none' }, why)],
    };
  }
  return judgeApplied({ ...input, applied: policy.applied });
}
