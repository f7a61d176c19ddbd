/**
 * The tree's own test: every id named exists (nodes, questions, advice, checks, providers,
 * reasons, the entries the why table is keyed by), entry ids are unique, every question's
 * answers are all handled and its assumed answer is one of them, every reason has an entry,
 * every node (outcomes above all) is reachable, and no walk loops.
 */
import { isCheckId } from '../checks/registry.ts';
import { isProviderId } from '../providers/ids.ts';
import { isReason, REASONS } from '../vocabulary/reasons.ts';
import type { DecisionTree, NodeId } from './types.ts';

export interface TreeProblem {
  kind:
    | 'dangling'
    | 'duplicate'
    | 'unreachable'
    | 'unanswered'
    | 'uncovered'
    | 'cycle'
    | 'unknown-check';
  where: string;
  text: string;
}

function successors(tree: DecisionTree, id: NodeId): NodeId[] {
  const node = tree.nodes[id];
  if (!node || node.kind === 'outcome') return [];
  return node.kind === 'checks' ? [node.next] : Object.values(node.next);
}

export function validateTree(tree: DecisionTree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const dangling = (where: string, text: string) =>
    problems.push({ kind: 'dangling', where, text });

  const unknownCheck = (where: string, check: string) =>
    problems.push({ kind: 'unknown-check', where, text: `names unknown check "${check}"` });

  const entryIds = new Set<string>();
  for (const entry of tree.entries) {
    const where = `entry ${entry.id}`;
    // A second row under one id would be matched, but its why words would be the first row's.
    if (entryIds.has(entry.id))
      problems.push({ kind: 'duplicate', where, text: 'is the id of an earlier row too' });
    entryIds.add(entry.id);
    if (!tree.nodes[entry.start]) dangling(where, `starts at unknown node "${entry.start}"`);
    // Data typed as ProviderId and Reason can still arrive cast, parsed or from JSON.
    if (entry.provider !== undefined && !isProviderId(entry.provider))
      dangling(where, `names unknown provider "${entry.provider}"`);
    for (const reason of entry.reasons ?? [])
      if (!isReason(reason)) dangling(where, `names unknown reason "${reason}"`);
  }
  for (const [entry, checks] of Object.entries(tree.why)) {
    if (!entryIds.has(entry))
      dangling(`why ${entry}`, 'is kept for an entry the tree does not have');
    for (const check of Object.keys(checks))
      if (!isCheckId(check)) unknownCheck(`why ${entry}`, check);
  }
  for (const [key, node] of Object.entries(tree.nodes)) {
    if (node.id !== key) dangling(`node ${key}`, `is filed under another id ("${node.id}")`);
    for (const next of successors(tree, key)) {
      if (!tree.nodes[next]) dangling(`node ${key}`, `leads to unknown node "${next}"`);
    }
    if (node.kind === 'checks') {
      for (const check of node.checks) if (!isCheckId(check)) unknownCheck(`node ${key}`, check);
    }
    if (node.kind === 'question') {
      const question = tree.questions[node.question];
      if (!question) {
        dangling(`node ${key}`, `asks unknown question "${node.question}"`);
        continue;
      }
      for (const option of question.options) {
        if (!(option.value in node.next)) {
          problems.push({
            kind: 'unanswered',
            where: `node ${key}`,
            text: `has no branch for "${option.value}"`,
          });
        }
      }
      for (const value of Object.keys(node.next)) {
        if (!question.options.some((option) => option.value === value)) {
          dangling(
            `node ${key}`,
            `has a branch for "${value}", which "${node.question}" never answers`,
          );
        }
      }
    }
    if (node.kind === 'outcome') {
      for (const advice of node.advice) {
        if (!tree.advice[advice]) dangling(`node ${key}`, `names unknown advice "${advice}"`);
      }
    }
  }

  for (const question of Object.values(tree.questions)) {
    if (!question.options.some((option) => option.value === question.assume))
      dangling(`question ${question.id}`, `assumes "${question.assume}", which it never offers`);
  }

  for (const reason of REASONS) {
    if (
      !tree.entries.some(
        (entry) => !entry.provider && !entry.codes && entry.reasons?.includes(reason),
      )
    ) {
      problems.push({ kind: 'uncovered', where: `reason ${reason}`, text: 'has no entry row' });
    }
  }

  const reached = new Set<NodeId>();
  const onStack = new Set<NodeId>();
  const visit = (id: NodeId): void => {
    if (onStack.has(id)) {
      problems.push({ kind: 'cycle', where: `node ${id}`, text: 'is part of a loop' });
      return;
    }
    if (reached.has(id) || !tree.nodes[id]) return;
    reached.add(id);
    onStack.add(id);
    successors(tree, id).forEach(visit);
    onStack.delete(id);
  };
  tree.entries.forEach((entry) => visit(entry.start));
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (!reached.has(id)) {
      const what = node.kind === 'outcome' ? 'outcome' : 'node';
      problems.push({ kind: 'unreachable', where: `${what} ${id}`, text: 'no entry leads here' });
    }
  }
  return problems;
}
