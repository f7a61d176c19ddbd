/** Why each check matters, for this bounce: the entry's sharper words, or the check's own. */
import { factsOf, type CheckId } from '../checks/registry.ts';
import type { DecisionTree } from '../tree/types.ts';

export function whyText(
  tree: DecisionTree,
  check: CheckId,
  entry: string,
  provider: string | undefined,
): string {
  const text = tree.why[entry]?.[check] ?? factsOf(check).why;
  return text.replaceAll('{provider}', provider ?? 'The receiver');
}
