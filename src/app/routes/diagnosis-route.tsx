import { Link, Navigate } from 'react-router';
import { DiagnosisExtras } from '../../features/diagnosis/diagnosis-extras.tsx';
import { DiagnosisScreen } from '../../features/diagnosis/diagnosis-screen.tsx';
import { useWizardState } from '../../features/wizard/wizard-context.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

/** Step 2: the diagnosis of the bounce from step 1, its ranked readings and a correction. */
export function DiagnosisRoute() {
  const { bounce } = useWizardState();
  useDocumentTitle('Diagnosis');
  if (!bounce) return <Navigate to="/" replace />;
  return (
    <>
      <DiagnosisScreen input={bounce} />
      <DiagnosisExtras input={bounce} />
      <nav className="route-actions" aria-label="Next">
        <Link to="/" className="button">
          Edit the bounce
        </Link>
        <Link to="/sender" className="button button--primary">
          Next: sender details
        </Link>
      </nav>
    </>
  );
}
