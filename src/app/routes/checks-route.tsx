import { ChecksScreen } from '../../features/checks/checks-screen.tsx';
import { FlowStep } from './flow-step.tsx';

/** Step 4: the checks this diagnosis calls for, and the questions the bounce cannot answer. */
export function ChecksRoute() {
  return (
    <FlowStep
      title="Checks"
      lede="The checks this diagnosis calls for, in the order they matter. Results appear as each one finishes."
    >
      {(flow) => <ChecksScreen flow={flow} />}
    </FlowStep>
  );
}
