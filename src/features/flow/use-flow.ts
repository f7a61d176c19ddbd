/**
 * Everything steps 3 to 5 derive from the diagnosis and the wizard state, in one place: the
 * reason, the walk through the tree and its plan, the sender details (pre-filled, then as
 * typed), and the original message for the content check.
 */
import { useMemo } from 'react';
import {
  answer as answerTree,
  backTo as backToNode,
  checksReachable,
  fieldsFor,
  forwardingIn,
  recogniseService,
  SENDER_FIELDS,
  plan as planOf,
  prefillSender,
  start,
  toSenderDetails,
  TREE,
  type Classification,
  type Diagnosis,
  type Forwarding,
  type Plan,
  type Recognition,
  type Prefill,
  type Reason,
  type SenderDetails,
  type SenderField,
  type SenderValues,
  type TreeState,
} from '../../engine/index.ts';
import { useDiagnosis } from '../diagnosis/get-diagnosis.ts';
import { useWizardDispatch, useWizardState } from '../wizard/wizard-context.tsx';
import type { SubmittedBounce } from '../wizard/wizard-state.ts';
import { basisOf, treeInput } from './tree-input.ts';

export interface ReadyFlow {
  diagnosis: Diagnosis;
  classification: Classification;
  reason: Reason;
  corrected: boolean;
  tree: TreeState;
  plan: Plan;
  prefill: Prefill;
  values: SenderValues;
  /** The fields the checks this diagnosis may call for need. */
  fields: SenderField[];
  sender: SenderDetails;
  /** The sending service the bounce shows, if any (pre-filled, the person may change it). */
  recognition?: Recognition;
  /** A forward, list or relay the bounce shows. */
  forwarding?: Forwarding;
  /** The raw original message: pasted on step 3, or found in the bounce. */
  original?: string;
  answer(value: string): void;
  backTo(node: string): void;
}

export type Flow =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | { status: 'empty'; diagnosis: Diagnosis }
  | ({ status: 'ready' } & ReadyFlow);

export function useFlow(bounce: SubmittedBounce): Flow {
  const wizard = useWizardState();
  const dispatch = useWizardDispatch();
  const query = useDiagnosis(bounce);
  const diagnosis = query.data;
  // The diagnose worker found the original in the bounce: the page does not read it again.
  const originalInBounce = diagnosis?.originalMessage;

  const derived = useMemo(() => {
    if (!diagnosis) return null;
    const input = treeInput(diagnosis.results, wizard.correction);
    const classification = diagnosis.results[0];
    if (!input || !classification) return null;
    const basis = basisOf(bounce.key, input.reason);
    const tree =
      wizard.tree && wizard.tree.basis === basis ? wizard.tree.state : start(TREE, input);
    const prefill = prefillSender(diagnosis.parsed, classification);
    const values: SenderValues = {};
    for (const [field, value] of Object.entries(prefill)) {
      if (field !== 'original') values[field as SenderField] = value.value;
    }
    Object.assign(values, wizard.sender);
    const pastedOriginal = wizard.sender.original?.trim();
    const original = pastedOriginal || originalInBounce;
    const reachable = [...checksReachable(TREE, tree.entry), ...tree.extraChecks];
    const recognition = recogniseService(diagnosis.parsed, classification);
    const forwarding = forwardingIn(diagnosis.parsed, classification);
    // A service the bounce shows is always offered for confirming, whatever the checks need.
    const needed = fieldsFor(reachable);
    const fields = recognition
      ? SENDER_FIELDS.filter((field) => field === 'esp' || needed.includes(field))
      : needed;
    return {
      classification,
      reason: input.reason,
      corrected: input.reason !== classification.reason,
      basis,
      tree,
      plan: planOf(TREE, tree),
      prefill,
      values,
      fields,
      sender: toSenderDetails(values, diagnosis.parsed.original),
      ...(recognition ? { recognition } : {}),
      ...(forwarding ? { forwarding } : {}),
      ...(original ? { original } : {}),
    };
  }, [diagnosis, wizard.correction, wizard.tree, wizard.sender, bounce.key, originalInBounce]);

  if (query.status === 'pending') return { status: 'pending' };
  if (query.status === 'error') return { status: 'error', error: query.error };
  if (!derived) return { status: 'empty', diagnosis: query.data };
  const save = (state: TreeState) =>
    dispatch({ type: 'tree-changed', tree: { basis: derived.basis, state } });
  return {
    status: 'ready',
    diagnosis: query.data,
    ...derived,
    answer: (value) => save(answerTree(TREE, derived.tree, value)),
    backTo: (node) => save(backToNode(TREE, derived.tree, node)),
  };
}
