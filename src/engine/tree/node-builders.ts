/** Short constructors that keep the node tables readable as data. */
import type { CheckId } from '../checks/types.ts';
import type {
  AdviceId,
  ChecksNode,
  MessageTarget,
  NodeId,
  OutcomeNode,
  QuestionId,
  QuestionNode,
} from './types.ts';

export const run = (id: NodeId, checks: CheckId[], next: NodeId): ChecksNode => ({
  kind: 'checks',
  id,
  checks,
  next,
});

export const ask = (
  id: NodeId,
  question: QuestionId,
  next: Record<string, NodeId>,
): QuestionNode => ({
  kind: 'question',
  id,
  question,
  next,
});

/** "Yes" and "not sure" take the same branch: the one that checks more. */
export const yesNo = (id: NodeId, question: QuestionId, yes: NodeId, no: NodeId): QuestionNode =>
  ask(id, question, { yes, unsure: yes, no });

export const end = (
  id: NodeId,
  title: string,
  advice: AdviceId[],
  message?: MessageTarget,
): OutcomeNode => ({ kind: 'outcome', id, title, advice, ...(message ? { message } : {}) });
