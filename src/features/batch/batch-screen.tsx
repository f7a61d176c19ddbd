import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { wizardText, type TriageRow } from '../../engine/index.ts';
import { moveFocus } from '../focus/move-focus.ts';
import { formatBytes } from '../paste/input-limits.ts';
import { useWizardDispatch } from '../wizard/wizard-context.tsx';
import './batch.css';
import { BatchExports } from './batch-exports.tsx';
import { BatchInput } from './batch-input.tsx';
import { BatchProblems } from './batch-problems.tsx';
import { BatchProgress } from './batch-progress.tsx';
import type { BatchFile } from './batch-protocol.ts';
import { batchStore } from './batch-store.ts';
import { MAX_KEPT_BATCH_CHARS } from './batch-storage.ts';
import { BatchSummary } from './batch-summary.tsx';
import { MAX_CHECKED_SENDERS, typedSender, useSenderChecks } from './batch-checks.ts';
import { GroupCard } from './group-card.tsx';
import { RecipientsTable } from './recipients-table.tsx';
import { SenderForm } from './sender-form.tsx';
import { SharedSummary } from './shared-summary.tsx';
import { useBatchReport, useBatchState } from './use-batch.ts';
import { BATCH_LIMITS } from '../../engine/index.ts';

/** Files over the limit are refused here, before any byte is read. */
function tooBig(files: BatchFile[]) {
  return files.filter((f) => f.file.size > BATCH_LIMITS.fileBytes);
}

/** The batch page: drop many bounces, see them grouped by cause, act on each group. */
export function BatchScreen({ shared, base }: { shared: string | null; base: string }) {
  const state = useBatchState();
  const report = useBatchReport();
  const navigate = useNavigate();
  const dispatch = useWizardDispatch();
  const rows = batchStore.rows();
  const fallback = useMemo(
    () => typedSender(state.sender.from, state.sender.ip),
    [state.sender.from, state.sender.ip],
  );
  const checks = useSenderChecks(report.groups, fallback, state.phase !== 'reading');
  const needsSender = report.groups.some(
    (g) => g.action === 'fix-sender' && g.senders.length === 0,
  );

  const start = (files: BatchFile[]) => {
    const refused = tooBig(files);
    const accepted = files.filter((f) => !refused.includes(f));
    batchStore.start(accepted);
    for (const file of refused) {
      batchStore.refuse({
        file: file.name,
        kind: 'too-big',
        message: `${file.name} is ${formatBytes(file.file.size)}, more than the ${formatBytes(BATCH_LIMITS.fileBytes)} this page reads from one file: split it, or export a shorter period.`,
      });
    }
  };

  const open = async (row: TriageRow, scrollTop: number) => {
    const text = (await batchStore.text(row.id)) ?? wizardText(row);
    batchStore.setView({ lastOpened: row.id, scrollTop });
    const where = row.where ? `${row.file}, ${row.where}` : row.file;
    dispatch({
      type: 'diagnose',
      text,
      source: { kind: 'file', name: where, size: text.length, note: 'from the batch triage' },
    });
    void navigate('/diagnosis');
  };

  const showGroup = (key: string) => {
    batchStore.setView({ group: key, scrollTop: 0, lastOpened: null });
    requestAnimationFrame(() => moveFocus(document.getElementById('recipients-heading')));
  };

  const hasResults = report.summary.recipients > 0;
  return (
    <>
      <h1 tabIndex={-1}>Triage a batch of bounces</h1>
      <p className="lede">
        After a campaign the bounces come by the hundred. Drop them all: we read each one here,
        group them by cause and say what to do about each group. Nothing leaves this browser.
      </p>
      {shared ? <SharedSummary payload={shared} /> : null}
      <BatchInput onFiles={start} disabled={state.phase === 'reading'} />
      {state.error ? <p role="alert">{state.error}</p> : null}
      {state.phase === 'reading' ? (
        <BatchProgress state={state} onCancel={batchStore.cancel} />
      ) : null}
      {state.phase === 'cancelled' && !state.restored ? (
        <p role="status">Stopped: what was read so far is below.</p>
      ) : null}
      {state.restored ? (
        <p role="status" className="batch-restored">
          {state.restored.kept
            ? `Kept from before the reload: the summary and all ${state.restored.rows.toLocaleString('en')} recipients. The messages themselves were not kept, so a recipient opens in the wizard from its row.`
            : `Kept from before the reload: the summary and groups of ${state.restored.rows.toLocaleString('en')} recipients. The recipients themselves were not kept (more than this page keeps): drop the files again to see them.`}
        </p>
      ) : null}
      <BatchProblems
        problems={state.problems}
        pick={(name) => {
          const file = batchStore.file(name);
          return file ? (choice) => batchStore.readWithColumns(file, choice) : undefined;
        }}
      />
      {hasResults ? (
        <>
          <BatchSummary summary={report.summary} groups={report.groups} />
          {needsSender && state.phase !== 'reading' ? (
            <SenderForm sender={state.sender} onChange={batchStore.setSender} />
          ) : null}
          {checks.unchecked > 0 ? (
            <p>
              The checks ran for the first {MAX_CHECKED_SENDERS} senders;{' '}
              {checks.unchecked.toLocaleString('en')} more were not checked.
            </p>
          ) : null}
          <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">Groups by cause</h2>
            <ul className="group-list">
              {report.groups.map((group) => (
                <GroupCard
                  key={group.key}
                  group={group}
                  checks={checks.byGroup.get(group.key)}
                  onShow={rows.length > 0 ? () => showGroup(group.key) : undefined}
                />
              ))}
            </ul>
          </section>
          {/* The table comes once the reading ends: while rows stream in, the summary and the
              groups show them, and the page's thread stays free for them. */}
          {rows.length > 0 && state.phase !== 'reading' ? (
            <RecipientsTable
              rows={rows}
              version={state.version}
              groups={report.groups}
              view={state.view}
              onView={batchStore.setView}
              onOpen={(row, scrollTop) => void open(row, scrollTop)}
            />
          ) : null}
          <BatchExports report={report} rows={rows} state={state} base={base} />
        </>
      ) : null}
      <p className="batch-storage-note">
        Everything is read in this browser; no file is uploaded. The DNS checks ask only the
        resolver chosen in Settings. A batch is kept in this tab for a reload while its results fit
        in {formatBytes(MAX_KEPT_BATCH_CHARS)} (about{' '}
        {Math.round(MAX_KEPT_BATCH_CHARS / 400).toLocaleString('en')} recipients); a larger one
        keeps only its summary. Messages are never kept.
      </p>
    </>
  );
}
