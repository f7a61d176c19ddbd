/** What the tree walk starts from: the first failed recipient's diagnosis, or its correction. */
import type { Classification, Reason, TreeInput } from '../../engine/index.ts';

export function treeInput(
  results: readonly Classification[],
  correction: Reason | null,
): TreeInput | null {
  const c = results[0];
  if (!c) return null;
  // Several failed recipients in one bounce answer "one or many?" by themselves.
  const known = results.length > 1 ? { recipients: 'many' } : {};
  if (correction && correction !== c.reason) {
    // A corrected reason starts from the reason rows: the provider's code no longer applies.
    return { reason: correction, known };
  }
  return {
    reason: c.reason,
    providerId: c.provider?.id ?? null,
    codes: [c.provider?.code, c.status],
    known,
    settleBy: c.alternatives.map((alt) => alt.settleBy),
  };
}

export const basisOf = (bounceKey: string, reason: Reason) => `${bounceKey}:${reason}`;
