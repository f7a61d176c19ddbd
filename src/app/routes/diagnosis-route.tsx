import { Link, Navigate } from 'react-router';
import { DiagnosisScreen } from '../../features/diagnosis/diagnosis-screen.tsx';
import { useWizardState } from '../../features/wizard/wizard-context.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

/** Step 2: the diagnosis of the bounce from step 1. */
export function DiagnosisRoute() {
  const { bounce } = useWizardState();
  useDocumentTitle('Diagnosis');
  if (!bounce) return <Navigate to="/" replace />;
  return (
    <>
      <DiagnosisScreen input={bounce} />
      <nav className="route-actions" aria-label="Next">
        <Link to="/" className="button">
          Edit the bounce
        </Link>
      </nav>
    </>
  );
}
