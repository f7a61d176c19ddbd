/**
 * The flow of steps 3 to 5 for the bounce being diagnosed: the engine's flowOf over the
 * diagnosis and the wizard state, plus the one action that changes the walk: an answer to one
 * of its questions, given, assumed or waiting (decision 067).
 */
import { useMemo } from 'react';
import {
  answerAt,
  flowOf,
  TREE,
  type Diagnosis,
  type FlowView,
  type TreeState,
} from '../../engine/index.ts';
import { useDiagnosis } from '../diagnosis/get-diagnosis.ts';
import { useWizardDispatch, useWizardState } from '../wizard/wizard-context.tsx';
import type { SubmittedBounce } from '../wizard/wizard-state.ts';

export interface ReadyFlow extends Omit<FlowView, 'basis'> {
  diagnosis: Diagnosis;
  /** Answer the question at this node of the walk; what follows it is walked again. */
  answer(node: string, value: string): void;
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
  const view = useMemo(
    () =>
      diagnosis &&
      flowOf(diagnosis, {
        bounceKey: bounce.key,
        correction: wizard.correction,
        tree: wizard.tree,
        sender: wizard.sender,
        ...(originalInBounce ? { originalInBounce } : {}),
      }),
    [diagnosis, wizard.correction, wizard.tree, wizard.sender, bounce.key, originalInBounce],
  );

  if (query.status === 'pending') return { status: 'pending' };
  if (query.status === 'error') return { status: 'error', error: query.error };
  if (!view) return { status: 'empty', diagnosis: query.data };
  const { basis, ...derived } = view;
  const save = (state: TreeState) => dispatch({ type: 'tree-changed', tree: { basis, state } });
  return {
    status: 'ready',
    diagnosis: query.data,
    ...derived,
    answer: (node, value) => save(answerAt(TREE, derived.tree, node, value)),
  };
}
