import { Link } from 'react-router';
import {
  CHECK_TITLES,
  inContext,
  TREE,
  type CheckId,
  type QuestionId,
} from '../../engine/index.ts';
import { WhatLeftPanel } from '../dns/what-left-panel.tsx';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { announceChecks } from './announce.ts';
import './checks.css';
import { QuestionForm } from './question-form.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useFlowChecks } from './use-check-run.ts';

/** Step 4: the tree's questions, and each planned check's result as it arrives. */
export function ChecksScreen({ flow }: { flow: ReadyFlow }) {
  const { session, results: found, running } = useFlowChecks(flow);
  // Each verdict as it reads for this bounce, as on the checklist.
  const results = Object.fromEntries(
    Object.entries(found).map(([id, result]) => [id, inContext(result, flow.reason)]),
  ) as typeof found;
  const { plan } = flow;
  const pending = plan.pending ? TREE.questions[plan.pending.question] : undefined;
  const answered = answeredSteps(flow);
  return (
    <>
      <p role="status" className="checks__status">
        {announceChecks(plan.checks, results, pending !== undefined)}
      </p>
      {answered.length > 0 ? (
        <>
          <h2>Your answers</h2>
          <dl className="answers">
            {answered.map((step) => {
              const q = TREE.questions[step.question];
              const label = q.options.find((o) => o.value === step.answer)?.label ?? step.answer;
              return (
                <div className="answers__row" key={step.node}>
                  <dt>{q.text}</dt>
                  <dd>
                    {label}
                    {step.auto ? (
                      ' (from the bounce)'
                    ) : (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        onClick={() => flow.backTo(step.node)}
                      >
                        Change<span className="visually-hidden"> the answer to “{q.text}”</span>
                      </button>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : null}
      {pending ? <QuestionForm key={pending.id} question={pending} onAnswer={flow.answer} /> : null}
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
        <p>
          {pending
            ? 'The checks depend on your answer.'
            : 'Nothing in your DNS can change this bounce, so no check runs.'}
        </p>
      ) : (
        <ul className="check-list" aria-label="Checks">
          {plan.checks.map((id: CheckId) => {
            const result = results[id];
            return (
              <li key={id} className="check-list__item" aria-busy={running.includes(id)}>
                <StatusBadge status={result?.verdict ?? 'pending'} />
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

function answeredSteps(flow: ReadyFlow) {
  return flow.tree.trail.flatMap((step) => {
    const node = TREE.nodes[step.node];
    if (node?.kind !== 'question' || step.answer === undefined) return [];
    const question: QuestionId = node.question;
    return [{ node: step.node, question, answer: step.answer, auto: step.auto === true }];
  });
}
