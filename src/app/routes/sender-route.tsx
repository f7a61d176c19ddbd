import { Link } from 'react-router';
import { SenderForm } from '../../features/sender/sender-form.tsx';
import { FlowStep } from './flow-step.tsx';

/**
 * Step 3: the sender details the checks need. The checklist runs the checks as it opens, with
 * the step's questions beside it, so step 4 is passed through (decision 067).
 */
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
            <Link to="/checklist" className="button button--primary">
              Run the checks
            </Link>
          </nav>
        </>
      )}
    </FlowStep>
  );
}
