import { Link, Navigate } from 'react-router';
import { DiagnosisExtras } from '../../features/diagnosis/diagnosis-extras.tsx';
import { DiagnosisScreen } from '../../features/diagnosis/diagnosis-screen.tsx';
import { useFlow } from '../../features/flow/use-flow.ts';
import { useWizardState } from '../../features/wizard/wizard-context.tsx';
import type { SubmittedBounce } from '../../features/wizard/wizard-state.ts';
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
      <NextStep bounce={bounce} />
    </>
  );
}

/**
 * The way on (decision 067): the sender step when the planned checks need a detail nobody
 * filled in, else straight to the checklist, which runs the checks as it opens. Text that is
 * not a bounce, or names no failed recipient, has nowhere to go but back.
 */
function NextStep({ bounce }: { bounce: SubmittedBounce }) {
  const flow = useFlow(bounce);
  const ready = flow.status === 'ready' && flow.diagnosis.parsed.isBounce ? flow : null;
  const toSender = ready !== null && ready.asks.length > 0;
  return (
    <>
      {ready && !toSender ? (
        <p className="hint">
          {ready.plan.checks.length === 0
            ? 'No DNS check can change this bounce, so the checklist comes next.'
            : 'Every detail the checks need is filled in: they run as the checklist opens.'}{' '}
          Steps 3 and 4 stay open to look at or change.
        </p>
      ) : null}
      <nav className="route-actions" aria-label="Next">
        <Link to="/" className="button">
          Edit the bounce
        </Link>
        {ready ? (
          <Link to={toSender ? '/sender' : '/checklist'} className="button button--primary">
            {toSender ? 'Next: sender details' : 'Next: checklist'}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
