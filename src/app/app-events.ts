import { isCancelledError, type QueryClient } from '@tanstack/react-query';
import type { Diagnosis } from '../engine/index.ts';
import { diagnosisQueryKey } from '../features/diagnosis/diagnosis-query-key.ts';
import type { WizardStore } from '../features/wizard/wizard-store.ts';
import type { createAppRouter } from './router.tsx';
import {
  summarizeDiagnosis,
  summarizeFailure,
  type DiagnosisSummary,
} from './diagnosis-summary.ts';
import { stepNames, stepOf } from './steps.ts';

export interface StepDetail {
  /** "bounce", "diagnosis", or the path of a later step or page ("checklist", "settings"). */
  step: string;
  /** 1-based position in route order: the wizard's steps first, then pages such as settings. */
  index: number;
}

/** An item of the checklist ticked off (done) or on again. */
export interface ChecklistDetail {
  item: string;
  done: boolean;
  /** How many items are ticked off now. */
  doneCount: number;
}

/** What an embed tells its host page, as DOM events named by `type`. */
export type AppEvent =
  | { type: 'step'; detail: StepDetail }
  | { type: 'diagnosis'; detail: DiagnosisSummary }
  | { type: 'checklist'; detail: ChecklistDetail };

interface Observed {
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
  store: WizardStore;
}

/**
 * Reports each step shown (the first one included), each diagnosis made or failed, and each
 * checklist item ticked. Watches the router, the query cache and the wizard's state from outside,
 * so the routes and features need not know. Returns a function that stops watching.
 */
export function observeAppEvents(
  { router, queryClient, store }: Observed,
  emit: (event: AppEvent) => void,
): () => void {
  const steps = stepNames(router.routes);
  let shown: string | undefined;
  const onRouterState = (state: typeof router.state) => {
    // Report where navigation settles, not the redirects on the way there.
    if (!state.initialized || state.navigation.state !== 'idle') return;
    const step = stepOf(state.location.pathname);
    if (step === shown) return;
    shown = step;
    emit({ type: 'step', detail: { step, index: steps.indexOf(step) + 1 } });
  };
  onRouterState(router.state);
  const stopRouter = router.subscribe(onRouterState);

  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryKey[0] !== diagnosisQueryKey[0]) return;
    const source = store.getState().source.kind;
    const { action } = event;
    if (action.type === 'success') {
      emit({
        type: 'diagnosis',
        detail: summarizeDiagnosis(action.data as Diagnosis, source),
      });
    } else if (action.type === 'error' && !isCancelledError(action.error)) {
      emit({ type: 'diagnosis', detail: summarizeFailure(action.error, source) });
    }
  });

  let { done } = store.getState();
  const stopStore = store.subscribe(() => {
    const before = done;
    done = store.getState().done;
    const item = toggledItem(before, done);
    if (item) emit({ type: 'checklist', detail: { ...item, doneCount: done.length } });
  });

  return () => {
    stopRouter();
    stopQueries();
    stopStore();
  };
}

/** The one item ticked or unticked; null for no change, or many (a new bounce clears them). */
export function toggledItem(
  before: readonly string[],
  after: readonly string[],
): { item: string; done: boolean } | null {
  if (before === after) return null;
  const ticked = after.filter((id) => !before.includes(id));
  const unticked = before.filter((id) => !after.includes(id));
  if (ticked.length + unticked.length !== 1) return null;
  return ticked[0] ? { item: ticked[0], done: true } : { item: unticked[0] ?? '', done: false };
}
