/**
 * Plain-words pieces of the DMARC finding line.
 */
import type { AlignmentResult } from './alignment.ts';
import type { AppliedPolicy } from './policy.ts';
import type { TreeWalk } from './tree-walk.ts';

/** Records the walk saw but could not use, said in a sentence (or nothing). */
export function discardedRecords(walk: TreeWalk): string {
  const names = (outcome: 'multiple' | 'none') =>
    walk.steps
      .filter((s) => s.outcome === outcome && (outcome === 'multiple' || s.txt.length > 0))
      .map((s) => `_dmarc.${s.domain}`)
      .join(', ');
  const multiple = names('multiple');
  const ignored = names('none');
  return [
    multiple ? ` Several DMARC records at ${multiple} cancel each other out (RFC 9989 s4.10).` : '',
    ignored ? ` TXT at ${ignored} does not start with v=DMARC1, so it is ignored.` : '',
  ].join('');
}

/** "MAIL FROM x does not align" / "neither MAIL FROM x nor DKIM d=y aligns". */
export function notAligned(a: AlignmentResult, fromDomain: string): string {
  const names = a.identifiers.map((i) =>
    i.method === 'spf' ? `MAIL FROM ${i.domain}` : `DKIM d=${i.domain}`,
  );
  return names.length === 1
    ? `${names[0]} does not align with ${fromDomain}`
    : `neither ${names.join(' nor ')} aligns with ${fromDomain}`;
}

/** "p=reject (from sp=), applied as quarantine (t=y) at _dmarc.example.com". */
export function policySummary(applied: AppliedPolicy): string {
  const from = applied.tag !== 'p' ? ` (from ${applied.tag}=)` : '';
  const testing = applied.record.testing ? `, applied as ${applied.effective} (t=y)` : '';
  return `p=${applied.requested}${from}${testing} at _dmarc.${applied.policyDomain}`;
}
