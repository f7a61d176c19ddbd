/**
 * Walking the tree: pure functions over a plain state object. `start` picks the entry and runs
 * forward through check nodes and questions the bounce already answers, stopping at the first
 * question for the user or at an outcome; `answer` records an answer and runs forward again;
 * `back` undoes the last answer the user gave; `assume` answers every open question with its
 * assumed answer, and `answerAt` changes one answer of the trail, given or assumed (decision
 * 067). Nothing here touches the DNS: `plan` says which checks the path calls for, and the
 * caller runs them.
 */
import { isCheckId } from '../checks/registry.ts';
import type { CheckId } from '../checks/types.ts';
import type { DecisionTree, Entry, NodeId, Plan, TreeInput, TreeState, TreeStep } from './types.ts';

function matches(entry: Entry, input: TreeInput): boolean {
  if (entry.reasons && !entry.reasons.includes(input.reason)) return false;
  if (entry.provider && entry.provider !== input.providerId) return false;
  if (entry.codes) {
    const codes = (input.codes ?? []).filter((code): code is string => !!code);
    if (!codes.some((code) => entry.codes?.includes(code))) return false;
  }
  return true;
}

/** The entry row for a diagnosis (the last row matches every reason of its list). */
export function entryFor(tree: DecisionTree, input: TreeInput): Entry {
  const entry = tree.entries.find((row) => matches(row, input));
  if (!entry) throw new Error(`decision tree: no entry for reason "${input.reason}"`);
  return entry;
}

/** Follow check nodes and questions the bounce answers, from the last step of the trail. */
function runForward(
  tree: DecisionTree,
  trail: TreeStep[],
  state: Pick<TreeState, 'known'>,
): TreeStep[] {
  const steps = [...trail];
  for (let guard = 0; guard < 1000; guard++) {
    const last = steps[steps.length - 1];
    const node = last ? tree.nodes[last.node] : undefined;
    if (!last || !node) throw new Error(`decision tree: no node "${last?.node ?? ''}"`);
    let next: NodeId | undefined;
    if (node.kind === 'outcome') return steps;
    if (node.kind === 'checks') next = node.next;
    if (node.kind === 'question') {
      const answer = last.answer ?? state.known[node.question];
      if (answer === undefined || !(answer in node.next)) return steps;
      // An answer given (or assumed) is kept as it is; one the bounce gives is marked so.
      if (last.answer === undefined)
        steps[steps.length - 1] = { node: node.id, answer, auto: true };
      next = node.next[answer];
    }
    if (next === undefined) return steps;
    steps.push({ node: next });
  }
  throw new Error('decision tree: the walk does not end (a cycle)');
}

export function start(tree: DecisionTree, input: TreeInput): TreeState {
  const entry = entryFor(tree, input);
  const known = { ...input.known };
  const extraChecks = [...new Set((input.settleBy ?? []).filter(isCheckId))];
  return {
    entry: entry.id,
    known,
    extraChecks,
    trail: runForward(tree, [{ node: entry.start }], { known }),
  };
}

/** Answer the question the walk is waiting at. An answer it does not offer changes nothing. */
export function answer(tree: DecisionTree, state: TreeState, value: string): TreeState {
  const last = state.trail[state.trail.length - 1];
  const node = last ? tree.nodes[last.node] : undefined;
  if (!last || node?.kind !== 'question' || last.answer !== undefined || !(value in node.next)) {
    return state;
  }
  const trail = [...state.trail.slice(0, -1), { node: node.id, answer: value }];
  return { ...state, trail: runForward(tree, trail, state) };
}

/**
 * Walk on through every open question with its assumed answer, to an outcome: the checklist is
 * there at once, and each assumption stays marked for the person to change.
 */
export function assume(tree: DecisionTree, state: TreeState): TreeState {
  let trail = state.trail;
  for (let guard = 0; guard < 1000; guard++) {
    const last = trail[trail.length - 1];
    const node = last ? tree.nodes[last.node] : undefined;
    if (!last || node?.kind !== 'question' || last.answer !== undefined) {
      return trail === state.trail ? state : { ...state, trail };
    }
    const value = tree.questions[node.question].assume;
    if (!(value in node.next)) return { ...state, trail };
    const step: TreeStep = { node: node.id, answer: value, assumed: true };
    trail = runForward(tree, [...trail.slice(0, -1), step], state);
  }
  throw new Error('decision tree: the walk does not end (a cycle)');
}

/**
 * The person's answer to a question on the trail, whether it waits, was assumed or was given
 * before: the steps after it are walked again; those before it stay as they were.
 */
export function answerAt(
  tree: DecisionTree,
  state: TreeState,
  node: NodeId,
  value: string,
): TreeState {
  const index = state.trail.findIndex((step) => step.node === node);
  const step = state.trail[index];
  const question = tree.nodes[node];
  if (!step || step.auto || question?.kind !== 'question' || !(value in question.next)) {
    return state;
  }
  const trail = [...state.trail.slice(0, index), { node, answer: value }];
  return { ...state, trail: runForward(tree, trail, state) };
}

/** Undo the user's last answer: back to that question, unanswered. */
export function back(tree: DecisionTree, state: TreeState): TreeState {
  const index = state.trail.findLastIndex((step) => step.answer !== undefined && !step.auto);
  if (index < 0) return state;
  const step = state.trail[index];
  if (!step) return state;
  return { ...state, trail: [...state.trail.slice(0, index), { node: step.node }] };
}

/** Go back to a given question (the "Change" button next to an earlier answer). */
export function backTo(tree: DecisionTree, state: TreeState, node: NodeId): TreeState {
  let current = state;
  while (
    current.trail.some((step) => step.node === node && step.answer !== undefined && !step.auto)
  ) {
    const next = back(tree, current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The checks the path calls for so far, the question it waits at, or where it ended. */
export function plan(tree: DecisionTree, state: TreeState): Plan {
  const checks: CheckId[] = [];
  const answers: Plan['answers'] = [];
  let pending: Plan['pending'];
  let outcome: Plan['outcome'];
  for (const step of state.trail) {
    const node = tree.nodes[step.node];
    if (node?.kind === 'checks') checks.push(...node.checks.filter((id) => !checks.includes(id)));
    if (node?.kind === 'question') {
      if (step.answer === undefined) pending = node;
      else
        answers.push({
          question: node.question,
          answer: step.answer,
          auto: step.auto === true,
          assumed: step.assumed === true,
        });
    }
    if (node?.kind === 'outcome') outcome = node;
  }
  // The checks that settle other readings join once the walk has ended (they never reorder it).
  const pathChecks = [...checks];
  if (outcome) checks.push(...state.extraChecks.filter((id) => !checks.includes(id)));
  return {
    checks,
    pathChecks,
    answers,
    ...(pending ? { pending } : {}),
    ...(outcome ? { outcome } : {}),
  };
}
