import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { DiagnosisError } from '../../features/diagnosis/diagnosis-error.tsx';
import { useFlow, type ReadyFlow } from '../../features/flow/use-flow.ts';
import { useWizardState } from '../../features/wizard/wizard-context.tsx';
import type { SubmittedBounce } from '../../features/wizard/wizard-state.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/**
 * The frame of steps 3 to 5: the heading (focused on arrival by the layout), then the step's
 * content once the diagnosis is ready. Without a bounce, back to step 1.
 */
export function FlowStep(props: {
  title: string;
  lede: string;
  children: (flow: ReadyFlow) => ReactNode;
}) {
  const { bounce } = useWizardState();
  useDocumentTitle(props.title);
  if (!bounce) return <Navigate to="/" replace />;
  return (
    <>
      <h1 tabIndex={-1}>{props.title}</h1>
      <p className="lede">{props.lede}</p>
      <FlowBody bounce={bounce}>{props.children}</FlowBody>
    </>
  );
}

function FlowBody({
  bounce,
  children,
}: {
  bounce: SubmittedBounce;
  children: (flow: ReadyFlow) => ReactNode;
}) {
  const flow = useFlow(bounce);
  if (flow.status === 'pending') return <p role="status">Reading your bounce…</p>;
  if (flow.status === 'error') return <DiagnosisError error={flow.error} />;
  if (flow.status === 'empty') {
    return (
      <div className="notice notice--warning">
        <p className="notice__title">Nothing to check</p>
        <p>
          We found no failed recipient in this bounce. <Link to="/">Paste another bounce</Link>.
        </p>
      </div>
    );
  }
  return <>{children(flow)}</>;
}
