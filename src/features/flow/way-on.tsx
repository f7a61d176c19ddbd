import { Link } from 'react-router';
import type { SubmittedBounce } from '../wizard/wizard-state.ts';
import { EditBounceLink } from './edit-bounce-link.tsx';
import { useFlow } from './use-flow.ts';

/**
 * The way on from the diagnosis (decision 067): the sender step when the planned checks need a
 * detail nobody filled in, else straight to the checklist, which runs the checks as it opens.
 * Text that is not a bounce has nowhere to go but back.
 */
export function WayOn({ bounce }: { bounce: SubmittedBounce }) {
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
