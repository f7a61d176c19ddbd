import { Link } from 'react-router';
import { useFlowChecks } from '../checks/use-check-run.ts';
import { useWizardState } from '../wizard/wizard-context.tsx';
import type { InputSource, SubmittedBounce } from '../wizard/wizard-state.ts';
import { EditBounceLink } from './edit-bounce-link.tsx';
import { useFlow, type ReadyFlow } from './use-flow.ts';

/**
 * The way on from the diagnosis (decision 067): the sender step when the planned checks need a
 * detail nobody filled in, else straight to the checklist, with the checks already started for
 * a bounce the person gave. Text that is not a bounce has nowhere to go but back.
 */
export function WayOn({ bounce }: { bounce: SubmittedBounce }) {
  const flow = useFlow(bounce);
  const ready = flow.status === 'ready' && flow.diagnosis.parsed.isBounce ? flow : null;
  const toSender = ready !== null && ready.asks.length > 0;
  const straight = ready !== null && !toSender ? ready : null;
  const own = PERSON_GAVE.includes(useWizardState().source.kind);
  return (
    <>
      {straight && own ? <StartChecks flow={straight} /> : null}
      {straight ? (
        <p className="hint">
          {straight.plan.checks.length === 0
            ? 'No DNS check can change this bounce, so the checklist comes next.'
            : own
              ? 'Every detail the checks need is filled in: the checks have started, and the checklist shows what they find.'
              : 'Every detail the checks need is filled in: they run as the checklist opens.'}{' '}
          Steps 3 and 4 stay open to look at or change.
        </p>
      ) : null}
      <nav className="route-actions" aria-label="Next">
        <EditBounceLink />
        {ready ? (
          <Link to={toSender ? '/sender' : '/checklist'} className="button button--primary">
            {toSender ? 'Next: sender details' : 'Next: checklist'}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

/**
 * Bounces the person gave themselves. A help page's pre-filled text (an embed's attribute or
 * option) or a link's is read on opening the page: its checks wait until the person goes on.
 */
const PERSON_GAVE: readonly InputSource['kind'][] = ['typed', 'file', 'example'];

/**
 * The checks start as soon as their inputs are known (issue 11): the checklist they open
 * finds them running or done. The same queries as the checklist's, so nothing runs twice, and
 * a share link's checks stay held here too.
 */
function StartChecks({ flow }: { flow: ReadyFlow }) {
  useFlowChecks(flow);
  return null;
}
