import { useRef } from 'react';
import { Link } from 'react-router';
import { CHECK_TITLES, inContext, type CheckId } from '../../engine/index.ts';
import { WhatLeftPanel } from '../dns/what-left-panel.tsx';
import { FlowQuestions } from '../flow/flow-questions.tsx';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { moveFocus } from '../focus/move-focus.ts';
import { announceChecks } from './announce.ts';
import './checks.css';
import { HeldChecks } from '../flow/held-checks.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useFlowChecks } from './use-check-run.ts';

/**
 * Step 4: each planned check's result as it arrives, and the tree's questions with the answers
 * the walk took (the flow assumes what nobody answered, so the checks never wait for one).
 */
export function ChecksScreen({ flow }: { flow: ReadyFlow }) {
  const { session, results: found, running, held } = useFlowChecks(flow);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Each verdict as it reads for this bounce, as on the checklist.
  const results = Object.fromEntries(
    Object.entries(found).map(([id, result]) => [id, inContext(result, flow.reason)]),
  ) as typeof found;
  const { plan } = flow;
  return (
    <>
      <p role="status" className="checks__status" ref={statusRef} tabIndex={-1}>
        {announceChecks(plan.checks, results, held)}
      </p>
      {held ? (
        <HeldChecks
          count={plan.checks.length}
          session={session}
          onAllowed={() => moveFocus(statusRef.current)}
        />
      ) : null}
      <FlowQuestions flow={flow} />
      <h2>Checks</h2>
      <p className="hint">
        Asking{' '}
        {session.url ? (
          <strong>{session.label}</strong>
        ) : (
          <strong>no resolver: live lookups are off</strong>
        )}
        . <Link to="/settings">Change the resolver</Link>
      </p>
      {plan.checks.length === 0 ? (
        <p>Nothing in your DNS can change this bounce, so no check runs.</p>
      ) : (
        <ul className="check-list" aria-label="Checks">
          {plan.checks.map((id: CheckId) => {
            const result = results[id];
            return (
              <li key={id} className="check-list__item" aria-busy={running.includes(id)}>
                <StatusBadge status={result?.verdict ?? 'pending'} held={held} />
                <span className="check-list__title">{result?.title ?? CHECK_TITLES[id]}</span>
                {result ? <span className="check-list__finding">{result.finding}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      <nav className="route-actions" aria-label="Next">
        <Link to="/sender" className="button">
          Back to sender details
        </Link>
        <Link to="/checklist" className="button button--primary">
          See the checklist
        </Link>
      </nav>
      <WhatLeftPanel />
    </>
  );
}
