import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { DiagnosisExtras } from '../../features/diagnosis/diagnosis-extras.tsx';
import { DiagnosisScreen } from '../../features/diagnosis/diagnosis-screen.tsx';
import { useDiagnosis } from '../../features/diagnosis/get-diagnosis.ts';
import { EditBounceLink } from '../../features/flow/edit-bounce-link.tsx';
import { useWizardState } from '../../features/wizard/wizard-context.tsx';
import type { SubmittedBounce } from '../../features/wizard/wizard-state.ts';
import { useDocumentTitle } from '../use-document-title.ts';

// The way on walks the tree on this thread, with the engine's code: it is loaded once the
// diagnosis has come back from its worker, so that reading the bounce never waits for it.
const WayOn = lazy(async () => ({
  default: (await import('../../features/flow/way-on.tsx')).WayOn,
}));

/** Step 2: the diagnosis of the bounce from step 1, its ranked readings and a correction. */
export function DiagnosisRoute() {
  const { bounce } = useWizardState();
  useDocumentTitle('Diagnosis');
  if (!bounce) return <Navigate to="/" replace />;
  return (
    <>
      <DiagnosisScreen input={bounce} />
      <DiagnosisExtras input={bounce} />
      <NextStep bounce={bounce} />
    </>
  );
}

function NextStep({ bounce }: { bounce: SubmittedBounce }) {
  const back = (
    <nav className="route-actions" aria-label="Next">
      <EditBounceLink />
    </nav>
  );
  if (useDiagnosis(bounce).status !== 'success') return back;
  return (
    <Suspense fallback={back}>
      <WayOn bounce={bounce} />
    </Suspense>
  );
}
