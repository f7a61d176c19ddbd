/**
 * Every path through the tree, from every entry: the answers that lead down it, the checks it
 * runs and the outcome it ends at. The tests give each path a case (xstate's path walker idea).
 */
import type { CheckId } from '../checks/types.ts';
import type { DecisionTree, NodeId, OutcomeNode, QuestionId } from './types.ts';

export interface TreePath {
  entry: string;
  nodes: NodeId[];
  answers: { question: QuestionId; answer: string }[];
  checks: CheckId[];
  outcome: OutcomeNode;
}

export function walkPaths(tree: DecisionTree): TreePath[] {
  const paths: TreePath[] = [];
  for (const entry of tree.entries) {
    const walk = (id: NodeId, nodes: NodeId[], answers: TreePath['answers'], checks: CheckId[]) => {
      const node = tree.nodes[id];
      if (!node || nodes.includes(id)) return;
      const here = [...nodes, id];
      if (node.kind === 'outcome') {
        paths.push({ entry: entry.id, nodes: here, answers, checks, outcome: node });
      } else if (node.kind === 'checks') {
        walk(node.next, here, answers, [
          ...checks,
          ...node.checks.filter((c) => !checks.includes(c)),
        ]);
      } else {
        for (const [answer, next] of Object.entries(node.next)) {
          walk(next, here, [...answers, { question: node.question, answer }], checks);
        }
      }
    };
    walk(entry.start, [], [], []);
  }
  return paths;
}

/** Every check some path from this entry may run: what the sender-details step must ask for. */
export function checksReachable(tree: DecisionTree, entryId: string): CheckId[] {
  const all = walkPaths(tree)
    .filter((path) => path.entry === entryId)
    .flatMap((path) => path.checks);
  return [...new Set(all)];
}
