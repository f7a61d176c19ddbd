/**
 * The order a support agent reads the checklist in: what explains this bounce first (a check
 * of the tree's own path that failed), then what else failed or warns, then what to do, then
 * what could not be checked, what is still running, and what passed. Stable within a rank, so
 * the tree's order holds among equals.
 */
import type { ChecklistItem, ItemStatus } from './types.ts';

const RANK: Record<ItemStatus, number> = {
  fail: 1,
  warn: 2,
  todo: 3,
  unknown: 4,
  pending: 5,
  pass: 6,
};

const rank = (item: ChecklistItem): number =>
  item.status === 'fail' && item.onPath ? 0 : RANK[item.status];

export function orderItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
