import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { buildChecklist, TREE, type Checklist, type NoteLanguage } from '../../engine/index.ts';
import { useFlowChecks } from '../checks/use-check-run.ts';
import { moveFocus } from '../focus/move-focus.ts';
import '../checks/checks.css';
import { WhatLeftPanel } from '../dns/what-left-panel.tsx';
import { FlowQuestions } from '../flow/flow-questions.tsx';
import { HeldChecks } from '../flow/held-checks.tsx';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { useWizardDispatch, useWizardState } from '../wizard/wizard-context.tsx';
import './checklist.css';
import { ChecklistItemCard } from './checklist-item.tsx';
import { ExportActions } from './export-actions.tsx';
import { MessageCard } from './message-card.tsx';
import { NotesCard } from './notes-card.tsx';
import { ServiceLine } from './service-line.tsx';
import { SharePanel } from './share-panel.tsx';

function summary(checklist: Checklist, held: boolean): string {
  const c = checklist.counts;
  const parts = [
    c.fail ? `${c.fail} to fix` : '',
    c.warn ? `${c.warn} warning${c.warn === 1 ? '' : 's'}` : '',
    c.unknown ? `${c.unknown} could not be checked` : '',
    c.pass ? `${c.pass} passed` : '',
    c.todo ? `${c.todo} thing${c.todo === 1 ? '' : 's'} to do` : '',
  ].filter(Boolean);
  const one = c.pending === 1;
  const pending = one ? '1 check' : `${c.pending} checks`;
  const waiting = held
    ? ` ${pending} ${one ? 'waits for you to run it' : 'wait for you to run them'}.`
    : ` ${pending} ${one ? 'is' : 'are'} still running.`;
  const running = c.pending ? waiting : '';
  return `${parts.join(', ')}.${running}`;
}

/** Step 5: the checklist, streaming in as the checks finish. */
/**
 * `shareBase`: the standalone app's address for share links, when this is not its page;
 * `print`: how to print, when not the whole page (an embed's).
 */
export function ChecklistScreen(props: {
  flow: ReadyFlow;
  shareBase?: string;
  print?: (() => void) | undefined;
}) {
  const { flow, shareBase } = props;
  const { results, recheck, running, held, session, checkedAt } = useFlowChecks(flow);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { done, bounce } = useWizardState();
  const dispatch = useWizardDispatch();
  const [rechecking, setRechecking] = useState(false);
  const [language, setLanguage] = useState<NoteLanguage>('en');
  const outcome = flow.plan.outcome;
  const checklist = useMemo(
    () =>
      outcome
        ? buildChecklist({
            tree: TREE,
            classification: flow.classification,
            reason: flow.reason,
            entry: flow.tree.entry,
            outcome,
            checks: flow.plan.checks,
            pathChecks: flow.plan.pathChecks,
            results,
            sender: flow.sender,
            service: flow.services.service,
            services: flow.services.others,
            // How the bounce showed the service, while the person keeps the pre-filled one.
            recognition:
              flow.recognition?.service.id === flow.services.service?.id
                ? flow.recognition
                : undefined,
            forwarding: flow.forwarding,
          })
        : null,
    [outcome, flow, results],
  );
  if (!checklist) {
    return (
      <div className="notice notice--warning">
        <p className="notice__title">A question is still open</p>
        <p>
          The checklist depends on your answer.{' '}
          <Link to="/checks">Answer it on the Checks step</Link>.
        </p>
      </div>
    );
  }
  const status = rechecking && running.length > 0 ? 'Checking again…' : summary(checklist, held);
  return (
    <>
      <p className="checklist__lede">
        <strong>{checklist.title}.</strong> Diagnosis: {checklist.reasonTitle}
        {checklist.corrected ? ' (as you corrected it)' : ''} — {checklist.permanence}.
      </p>
      {checklist.service || checklist.otherServices ? (
        <ServiceLine service={checklist.service} others={checklist.otherServices} />
      ) : null}
      <FlowQuestions flow={flow} />
      <p role="status" className="checks__status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {held ? (
        <HeldChecks
          count={flow.plan.checks.length}
          session={session}
          onAllowed={() => moveFocus(statusRef.current)}
        />
      ) : null}
      <ol className="items" aria-label="Checklist">
        {checklist.items.map((item) => (
          <ChecklistItemCard
            key={item.id}
            item={item}
            done={done.includes(item.id)}
            held={held}
            onToggle={() => dispatch({ type: 'toggle-done', id: item.id })}
          />
        ))}
      </ol>
      {checklist.message ? <MessageCard message={checklist.message} /> : null}
      <NotesCard notes={checklist.notes} language={language} onLanguage={setLanguage} />
      <div className="route-actions">
        {flow.plan.checks.length > 0 && !held ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setRechecking(true);
              void recheck();
            }}
          >
            Check again
          </button>
        ) : null}
        <Link to="/checks" className="button">
          Back to the checks
        </Link>
      </div>
      <ExportActions
        checklist={checklist}
        done={done}
        language={language}
        print={props.print}
        header={{
          ...(checkedAt === undefined ? {} : { checkedAt: new Date(checkedAt) }),
          resolver: session.url ? { label: session.label, url: session.url } : null,
          bounce: bounce?.text ?? '',
          held,
        }}
      />
      <SharePanel step="checklist" base={shareBase} />
      <WhatLeftPanel />
    </>
  );
}
