import { Link } from 'react-router';
import { SenderForm } from '../../features/sender/sender-form.tsx';
import { FlowStep } from './flow-step.tsx';

/** Step 3: the sender details the checks need. */
export function SenderRoute() {
  return (
    <FlowStep
      title="Sender details"
      lede="Only what the checks for this bounce need. We filled in what the bounce shows; correct anything that is wrong."
    >
      {(flow) => (
        <>
          <SenderForm flow={flow} />
          <nav className="route-actions" aria-label="Next">
            <Link to="/diagnosis" className="button">
              Back to the diagnosis
            </Link>
            <Link to="/checks" className="button button--primary">
              Run the checks
            </Link>
          </nav>
        </>
      )}
    </FlowStep>
  );
}
