/** The decision tree the wizard walks: the tables above, indexed by id. */
import { CONTENT_ADVICE, RECIPIENT_ADVICE } from './advice-content.ts';
import { SENDER_ADVICE } from './advice-sender.ts';
import { ENTRIES } from './entries.ts';
import { DELIVERY_NODES } from './nodes-delivery.ts';
import { SENDER_NODES } from './nodes-sender.ts';
import { QUESTIONS } from './questions.ts';
import type { Advice, DecisionTree, TreeNode } from './types.ts';
import { WHY_BY_ENTRY } from './why-by-entry.ts';

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

export function buildTree(parts: {
  entries: DecisionTree['entries'];
  nodes: TreeNode[];
  advice: Advice[];
  questions?: DecisionTree['questions'];
  why?: DecisionTree['why'];
}): DecisionTree {
  return {
    entries: parts.entries,
    nodes: byId(parts.nodes),
    questions: parts.questions ?? QUESTIONS,
    advice: byId(parts.advice),
    why: parts.why ?? {},
  };
}

export const TREE: DecisionTree = buildTree({
  entries: ENTRIES,
  nodes: [...SENDER_NODES, ...DELIVERY_NODES],
  advice: [...SENDER_ADVICE, ...CONTENT_ADVICE, ...RECIPIENT_ADVICE],
  why: WHY_BY_ENTRY,
});
