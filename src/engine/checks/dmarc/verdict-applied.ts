/**
 * The verdict once a usable policy applies: fail when nothing aligns; warn for record hygiene
 * (fallback to p=none, t=y, pct<100, bad or unauthorised report addresses) and for p=none when
 * this message's alignment is unknown; otherwise pass. p=none with known alignment passes: it
 * meets the Gmail/Yahoo/Outlook.com minimum and enforcement is offered as the next step.
 */
import type { Fix, Judgement, Verdict } from '../types.ts';
import type { AlignmentResult } from './alignment.ts';
import {
  alignmentFix,
  correctedRecordFix,
  enforcementFix,
  reportAuthorizationFix,
} from './fixes.ts';
import type { AppliedPolicy } from './policy.ts';
import type { DmarcIssue } from './record.ts';
import type { ReportDestination } from './report-destinations.ts';
import { notAligned, policySummary } from './wording.ts';

export interface AppliedInput {
  fromDomain: string;
  orgDomain?: string;
  applied: AppliedPolicy;
  alignment?: AlignmentResult;
  reports: ReportDestination[];
}

const warn = (code: string, message: string): DmarcIssue => ({ severity: 'warn', code, message });

export function judgeApplied({
  fromDomain,
  orgDomain,
  applied,
  alignment,
  reports,
}: AppliedInput): Judgement {
  const { record, policyDomain } = applied;
  const summary = policySummary(applied);
  const issues = record.issues.filter((i) => i.severity !== 'info');
  if (applied.fellBack) {
    issues.unshift(
      warn(
        'p-fallback',
        'p= is missing or invalid, so receivers treat the record as p=none (RFC 9989 s4.10.1)',
      ),
    );
  }
  const fixes: Fix[] = [];
  if (issues.length > 0) {
    fixes.push(
      correctedRecordFix(
        policyDomain,
        record,
        { p: applied.requested, dropTesting: true },
        'Corrected record:',
      ),
    );
  }
  for (const d of reports.filter((r) => r.external && r.authorized === false)) {
    issues.push(
      warn(
        'report-unauthorized',
        `reports will not be sent to ${d.domain}: no v=DMARC1 record at ${d.queryName}`,
      ),
    );
    fixes.push(reportAuthorizationFix(d));
  }
  if (alignment?.aligned === false) {
    const action =
      applied.effective === 'none'
        ? 'receivers are asked to take no action, but bulk-sender rules require alignment'
        : `receivers are asked to ${applied.effective} it`;
    return {
      verdict: 'fail',
      finding: `DMARC fails for this message: ${notAligned(alignment, fromDomain)}; ${action} (${summary}).`,
      fixes: [alignmentFix(fromDomain, orgDomain ?? fromDomain), ...fixes],
    };
  }
  if (applied.requested === 'none') {
    fixes.push(enforcementFix(policyDomain, record));
    if (alignment?.aligned !== true) {
      issues.push(
        warn(
          'monitoring',
          'monitoring only (p=none), and alignment of this message could not be checked',
        ),
      );
    }
  }
  const worst = issues.find((i) => i.severity === 'fail') ?? issues[0];
  const verdict: Verdict = worst ? (worst.severity === 'fail' ? 'fail' : 'warn') : 'pass';
  const tail = alignment?.aligned === true ? '; this message aligns' : '';
  return {
    verdict,
    finding: worst ? `${worst.message} (${summary}).` : `DMARC ${summary}${tail}.`,
    fixes,
  };
}
