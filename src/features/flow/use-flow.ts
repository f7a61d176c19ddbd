/**
 * The flow of steps 3 to 5 for the bounce being diagnosed: the engine's flowOf over the
 * diagnosis and the wizard state, plus the two actions that move the walk on or back.
 */
import { useMemo } from 'react';
import {
  answer as answerTree,
  backTo as backToNode,
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
    answer: (value) => save(answerTree(TREE, derived.tree, value)),
    backTo: (node) => save(backToNode(TREE, derived.tree, node)),
  };
}
