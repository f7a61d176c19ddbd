/** Test helper: a diagnosis that starts the walk at a given entry row. */
import type { Reason } from '../classify/types.ts';
import type { DecisionTree, TreeInput } from '../tree/types.ts';

export function inputForEntry(tree: DecisionTree, entryId: string): TreeInput {
  const entry = tree.entries.find((row) => row.id === entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  const reason: Reason = entry.reasons?.[0] ?? 'undefined';
  return { reason, providerId: entry.provider ?? null, codes: entry.codes?.slice(0, 1) ?? [] };
}
