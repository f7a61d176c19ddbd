import { ChecklistScreen } from '../../features/checklist/checklist-screen.tsx';
import { useAppHost } from '../app-host.tsx';
import { FlowStep } from './flow-step.tsx';

/** Step 5: what to do, item by item. */
export function ChecklistRoute() {
  const { appUrl, print } = useAppHost();
  return (
    <FlowStep
      title="Checklist"
      lede="Every item says what we found, why it matters for this bounce, and how to fix it."
    >
      {(flow) => <ChecklistScreen flow={flow} shareBase={appUrl} print={print} />}
    </FlowStep>
  );
}
