/**
 * What of a batch survives a reload (sessionStorage, this tab only): the summary and groups
 * always; the recipients too while the whole fits in MAX_KEPT_BATCH_CHARS. The messages
 * themselves are never kept: after a reload a recipient opens in the wizard from its row.
 */
import type { TriageRow } from '../../engine/index.ts';
import type { BatchReport, BatchState } from './batch-store.ts';

export const BATCH_STORAGE_KEY = 'bounce-doctor:batch';
/** Small, read by the first page (the "Back to the batch" link) without loading the batch. */
export const BATCH_META_KEY = 'bounce-doctor:batch-meta'; // also read by batch-presence.ts

/** Browsers give an origin about 5 M characters of sessionStorage; the wizard needs its share. */
export const MAX_KEPT_BATCH_CHARS = 2_000_000;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type KeptState = Pick<
  BatchState,
  | 'phase'
  | 'files'
  | 'problems'
  | 'sender'
  | 'view'
  | 'rowCount'
  | 'totalBytes'
  | 'bytesDone'
  | 'filesDone'
>;

interface StoredBatch {
  version: 1;
  state: KeptState;
  report: BatchReport;
  rows: TriageRow[] | null;
}

export function saveBatch(
  storage: StorageLike | null,
  state: BatchState,
  rows: readonly TriageRow[],
  report: BatchReport | null,
): void {
  try {
    if (!report || state.phase === 'idle') {
      storage?.removeItem(BATCH_STORAGE_KEY);
      storage?.removeItem(BATCH_META_KEY);
      return;
    }
    const kept: KeptState = {
      phase: state.phase === 'reading' ? 'cancelled' : state.phase,
      files: state.files,
      problems: state.problems,
      sender: state.sender,
      view: state.view,
      rowCount: rows.length,
      totalBytes: state.totalBytes,
      bytesDone: state.bytesDone,
      filesDone: state.filesDone,
    };
    // Writing tens of megabytes would stall the page: the rows' size is estimated from a sample.
    const sample = rows.slice(0, 50);
    const estimate = (JSON.stringify(sample).length / Math.max(1, sample.length)) * rows.length;
    let text =
      estimate > MAX_KEPT_BATCH_CHARS
        ? ''
        : JSON.stringify({
            version: 1,
            state: kept,
            report,
            rows: [...rows],
          } satisfies StoredBatch);
    if (!text || text.length > MAX_KEPT_BATCH_CHARS) {
      text = JSON.stringify({
        version: 1,
        state: { ...kept, rowCount: 0 },
        report,
        rows: null,
      } satisfies StoredBatch);
    }
    if (text.length > MAX_KEPT_BATCH_CHARS) {
      storage?.removeItem(BATCH_STORAGE_KEY);
      storage?.removeItem(BATCH_META_KEY);
      return;
    }
    storage?.setItem(BATCH_STORAGE_KEY, text);
    storage?.setItem(BATCH_META_KEY, String(report.summary.recipients));
  } catch {
    // Quota or blocked storage: the batch lives until the tab reloads, as the page says.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isRow(value: unknown): value is TriageRow {
  return (
    isObject(value) &&
    typeof value.id === 'number' &&
    typeof value.recipient === 'string' &&
    typeof value.cause === 'string' &&
    typeof value.reason === 'string' &&
    typeof value.action === 'string'
  );
}

export function loadBatch(
  storage: StorageLike | null,
): { state: KeptState; report: BatchReport; rows: TriageRow[] | null } | null {
  try {
    const raw = storage?.getItem(BATCH_STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (
      !isObject(value) ||
      value.version !== 1 ||
      !isObject(value.state) ||
      !isObject(value.report)
    ) {
      return null;
    }
    const report = value.report as unknown as BatchReport;
    if (!isObject(report.summary) || !Array.isArray(report.groups)) return null;
    const rows = Array.isArray(value.rows) && value.rows.every(isRow) ? value.rows : null;
    return { state: value.state as unknown as KeptState, report, rows };
  } catch {
    return null;
  }
}
