/**
 * The decision tree as data (STYLE.md habit 3). Nodes name checks and questions by id; an
 * entry table maps a reason (and a provider's code) to the node the walk starts at. No JSX and
 * no functions in the data: the validator, the walker and the "How it decides" diagram read the
 * same tables the wizard walks.
 */
import type { CheckId } from '../checks/types.ts';
import type { Reason } from '../classify/types.ts';
import type { ProviderId } from '../providers/ids.ts';

export type NodeId = string;
export type QuestionId = 'recipients' | 'changed-esp' | 'bulk';
export type AdviceId = string;
export type EntryId = string;

/** Run these checks (in this order, after any the path already holds), then go on. */
export interface ChecksNode {
  kind: 'checks';
  id: NodeId;
  checks: CheckId[];
  next: NodeId;
}

/** Ask a question data cannot answer; each answer leads somewhere. */
export interface QuestionNode {
  kind: 'question';
  id: NodeId;
  question: QuestionId;
  next: Record<string, NodeId>;
}

/** Who a ready-to-send message is addressed to, for recipient-side causes. */
export type MessageTarget = 'recipient' | 'recipient-admin';

/** Where a walk ends: the advice that follows whatever the checks find. */
export interface OutcomeNode {
  kind: 'outcome';
  id: NodeId;
  /** One line naming the situation ("The address is wrong or gone"). */
  title: string;
  advice: AdviceId[];
  message?: MessageTarget;
}

export type TreeNode = ChecksNode | QuestionNode | OutcomeNode;

export interface QuestionOption {
  value: string;
  label: string;
}

export interface Question {
  id: QuestionId;
  text: string;
  /** Why we ask: what the answer changes. */
  help: string;
  options: QuestionOption[];
  /**
   * The answer the walk takes until the person gives one (one of `options`): the checklist
   * shows it as assumed, beside the question, so the person can change it there.
   */
  assume: string;
}

export interface Advice {
  id: AdviceId;
  title: string;
  text: string;
  links?: { label: string; url: string }[];
}

/**
 * One row of the entry table. Rows are tried in order; the first whose every given field
 * matches wins, so code-specific rows come before the reason rows.
 */
export interface Entry {
  id: EntryId;
  /** What a support lead reads in the diagram ("Microsoft 365 AS(201806281)"). */
  label: string;
  reasons?: Reason[];
  provider?: ProviderId;
  /** Matched against the provider's code and the enhanced status code. */
  codes?: string[];
  start: NodeId;
}

export interface DecisionTree {
  entries: Entry[];
  nodes: Record<NodeId, TreeNode>;
  questions: Record<QuestionId, Question>;
  advice: Record<AdviceId, Advice>;
  /** Why a check matters when the walk started from this entry (why-by-entry.ts). */
  why: Record<EntryId, Partial<Record<CheckId, string>>>;
}

/** What the walk starts from: the (possibly corrected) diagnosis of one recipient. */
export interface TreeInput {
  reason: Reason;
  providerId?: ProviderId | null;
  /** The provider's code and the enhanced status code, when known. */
  codes?: (string | null | undefined)[];
  /** Answers the bounce itself gives (several failed recipients => "many"). */
  known?: Partial<Record<QuestionId, string>>;
  /** Check ids that would settle the other possible readings (Classification.alternatives). */
  settleBy?: string[];
}

export interface TreeStep {
  node: NodeId;
  /** The answer given at a question node. */
  answer?: string;
  /** True when the bounce answered the question, not the user. */
  auto?: boolean;
  /** True when the answer is the question's `assume`, taken because nobody gave one. */
  assumed?: boolean;
}

/** The wizard's position in the tree: plain, serialisable, and enough to derive everything. */
export interface TreeState {
  entry: string;
  /** Every node visited, in order; the last is a question awaiting its answer, or an outcome. */
  trail: TreeStep[];
  known: Partial<Record<QuestionId, string>>;
  /** Checks the alternatives call for, run after the tree's own. */
  extraChecks: CheckId[];
}

export interface Plan {
  /** Every check to run, in order: the path's own, then those that settle other readings. */
  checks: CheckId[];
  /** The checks the path itself calls for. */
  pathChecks: CheckId[];
  /** The question waiting for an answer, if any. */
  pending?: QuestionNode;
  outcome?: OutcomeNode;
  answers: { question: QuestionId; answer: string; auto: boolean; assumed: boolean }[];
}
