/**
 * The batch being triaged: one store for the page, outside React, so that it outlives the route
 * (opening a recipient in the wizard and coming back finds the same batch, group, filter and
 * scroll position). Rows come from the worker in slices; the triage counts them as they come.
 */
import {
  createTriage,
  type BatchProblem,
  type ColumnChoice,
  type Triage,
  type TriageGroup,
  type TriageRow,
  type TriageSummary,
} from '../../engine/index.ts';
import { createBatchWorker, type BatchWorker } from './batch-client.ts';
import type { BatchFile } from './batch-protocol.ts';
import { batchPresence } from './batch-presence.ts';
import { loadBatch, saveBatch, type StorageLike } from './batch-storage.ts';

export type SortKey = 'recipient' | 'domain' | 'reason' | 'status' | 'provider' | 'action' | 'file';

export interface BatchView {
  /** The cause group whose recipients the table shows; null for every recipient. */
  group: string | null;
  search: string;
  sort: { key: SortKey; dir: 'asc' | 'desc' } | null;
  scrollTop: number;
  /** The row last opened in the wizard: focus goes back to it. */
  lastOpened: number | null;
}

export interface BatchState {
  phase: 'idle' | 'reading' | 'done' | 'cancelled';
  files: { name: string; size: number }[];
  totalBytes: number;
  bytesDone: number;
  filesDone: number;
  rowCount: number;
  problems: BatchProblem[];
  /** Changes whenever rows or counts change. */
  version: number;
  /** Set after a reload: what came back from sessionStorage. */
  restored: { rows: number; kept: boolean } | null;
  /** The sender the person typed, for batches whose rows name none. */
  sender: { from: string; ip: string };
  view: BatchView;
  error: string | null;
}

export interface BatchReport {
  summary: TriageSummary;
  groups: TriageGroup[];
}

const initialView: BatchView = {
  group: null,
  search: '',
  sort: null,
  scrollTop: 0,
  lastOpened: null,
};

export const initialBatchState: BatchState = {
  phase: 'idle',
  files: [],
  totalBytes: 0,
  bytesDone: 0,
  filesDone: 0,
  rowCount: 0,
  problems: [],
  version: 0,
  restored: null,
  sender: { from: '', ip: '' },
  view: initialView,
  error: null,
};

/** How often the page hears about new rows while a batch is read. */
const NOTIFY_MS = 120;

export interface BatchStore {
  getState(): BatchState;
  subscribe(listener: () => void): () => void;
  rows(): readonly TriageRow[];
  /** A file of this batch, while the page still holds it (not after a reload). */
  file(name: string): BatchFile | undefined;
  report(): BatchReport;
  start(files: BatchFile[]): void;
  /** Read one more file with the columns the person picked. */
  readWithColumns(file: BatchFile, choice: ColumnChoice): void;
  cancel(): void;
  /** Record a problem found before reading (a file over the size limit). */
  refuse(problem: BatchProblem): void;
  /** The text the wizard reads for a row: its message or event, else null. */
  text(row: number): Promise<string | null>;
  setView(patch: Partial<BatchView>): void;
  setSender(sender: BatchState['sender']): void;
  reset(): void;
}

/**
 * Rows arrive as copies (structured clone copies every string), so 100,000 rows would hold
 * 100,000 copies of the same few diagnostics, file names and providers, and the page's garbage
 * collector would pause for them. Each repeated value is kept once.
 */
function createInterner() {
  const strings = new Map<string, string>();
  const text = (value: string) => {
    const kept = strings.get(value);
    if (kept !== undefined) return kept;
    if (strings.size < 100_000) strings.set(value, value);
    return value;
  };
  const providers = new Map<string, NonNullable<TriageRow['provider']>>();
  const provider = (value: TriageRow['provider']) => {
    if (!value) return null;
    const key = `${value.id}|${value.code ?? ''}`;
    const kept = providers.get(key);
    if (kept) return kept;
    providers.set(key, value);
    return value;
  };
  const senders = new Map<string, NonNullable<TriageRow['sender']>>();
  const sender = (value: TriageRow['sender']) => {
    if (!value) return undefined;
    const key = `${value.fromAddress ?? ''}|${value.envelopeDomain ?? ''}|${value.sendingIp ?? ''}`;
    const kept = senders.get(key);
    if (kept) return kept;
    if (senders.size < 10_000) senders.set(key, value);
    return value;
  };
  return (row: TriageRow): TriageRow => {
    row.file = text(row.file);
    row.diagnostic = text(row.diagnostic);
    row.cause = text(row.cause);
    row.domain = text(row.domain);
    row.format = text(row.format);
    row.provider = provider(row.provider);
    if (row.sender) row.sender = sender(row.sender);
    return row;
  };
}

export function createBatchStore(
  storage: StorageLike | null,
  makeWorker = createBatchWorker,
): BatchStore {
  const loaded = loadBatch(storage);
  let intern = createInterner();
  let rows: TriageRow[] = loaded?.rows ?? [];
  let triage: Triage = createTriage();
  let restoredReport: BatchReport | null = loaded && !loaded.rows ? loaded.report : null;
  for (const row of rows) triage.add({ rows: [row] });
  let state: BatchState = loaded
    ? {
        ...initialBatchState,
        ...loaded.state,
        restored: { rows: loaded.report.summary.recipients, kept: !!loaded.rows },
      }
    : initialBatchState;
  let report: { version: number; value: BatchReport } | null = null;
  let worker: BatchWorker | null = null;
  let files = new Map<string, BatchFile>();
  /** Progress of earlier reads of this batch, which a second read adds to. */
  let base = { bytes: 0, files: 0 };
  const textRequests = new Map<number, (text: string | null) => void>();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const emit = () => {
    batchPresence.set(state.rowCount > 0 || state.phase === 'reading' ? state.rowCount : null);
    listeners.forEach((listener) => listener());
  };
  const set = (patch: Partial<BatchState>, now = true) => {
    state = { ...state, ...patch };
    if (now) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      emit();
    } else {
      timer ??= setTimeout(() => {
        timer = undefined;
        emit();
      }, NOTIFY_MS);
    }
  };
  const persist = () => saveBatch(storage, state, rows, store.report());

  const connect = (): BatchWorker | null => {
    if (worker) return worker;
    worker = makeWorker();
    if (!worker) return null;
    worker.onMessage((message) => {
      if (message.type === 'rows') {
        for (const row of message.rows) rows.push(intern(row));
        triage.add({ rows: message.rows });
        for (let i = 0; i < message.notBounces; i++) triage.add({ rows: [], notBounce: true });
        set(
          {
            rowCount: rows.length,
            bytesDone: base.bytes + message.bytes,
            filesDone: base.files + message.filesDone,
            version: state.version + 1,
          },
          false,
        );
      } else if (message.type === 'problem') {
        set({ problems: [...state.problems, message.problem] }, false);
      } else if (message.type === 'done') {
        set({ phase: message.cancelled ? 'cancelled' : 'done', version: state.version + 1 });
        // A task of its own: the page has just rendered the finished batch.
        setTimeout(persist, 0);
      } else {
        textRequests.get(message.row)?.(message.text);
        textRequests.delete(message.row);
      }
    });
    worker.onError(() => {
      worker?.terminate();
      worker = null;
      set({ phase: 'cancelled', error: 'The worker reading the batch stopped with an error.' });
    });
    return worker;
  };

  const read = (
    batch: BatchFile[],
    columns: Record<string, ColumnChoice> | undefined,
    append: boolean,
  ) => {
    const target = connect();
    if (!target) {
      set({
        error:
          'This browser cannot run the worker that reads a batch (Web Workers are off or blocked).',
      });
      return;
    }
    for (const file of batch) files.set(file.name, file);
    const sizes = batch.map((f) => ({ name: f.name, size: f.file.size }));
    const totalBytes = sizes.reduce((sum, f) => sum + f.size, 0);
    set({
      phase: 'reading',
      error: null,
      restored: null,
      files: append
        ? [...state.files.filter((f) => !batch.some((b) => b.name === f.name)), ...sizes]
        : sizes,
      totalBytes: append ? state.totalBytes + totalBytes : totalBytes,
    });
    base = { bytes: append ? state.bytesDone : 0, files: append ? state.filesDone : 0 };
    target.post({ type: 'read', files: batch, columns, firstId: append ? rows.length : 0 });
  };

  const store: BatchStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    rows: () => rows,
    file: (name) => files.get(name),
    report() {
      if (restoredReport) return restoredReport;
      if (report?.version !== state.version) {
        report = {
          version: state.version,
          value: { summary: triage.summary(), groups: triage.groups() },
        };
      }
      return report.value;
    },
    start(batch) {
      worker?.post({ type: 'cancel' });
      intern = createInterner();
      rows = [];
      triage = createTriage();
      restoredReport = null;
      files = new Map();
      state = { ...initialBatchState, sender: state.sender };
      if (batch.length > 0) read(batch, undefined, false);
      else emit();
    },
    readWithColumns(file, choice) {
      set({ problems: state.problems.filter((p) => p.file !== file.name) });
      read([file], { [file.name]: choice }, true);
    },
    cancel() {
      worker?.post({ type: 'cancel' });
    },
    refuse(problem) {
      set({ problems: [...state.problems, problem] });
    },
    text(row) {
      if (!worker || state.restored) return Promise.resolve(null);
      return new Promise((resolve) => {
        textRequests.set(row, resolve);
        worker!.post({ type: 'text', row });
      });
    },
    setView(patch) {
      set({ view: { ...state.view, ...patch } });
    },
    setSender(sender) {
      set({ sender });
    },
    reset() {
      worker?.terminate();
      worker = null;
      rows = [];
      triage = createTriage();
      restoredReport = null;
      state = initialBatchState;
      saveBatch(storage, state, rows, null);
      emit();
    },
  };
  batchPresence.set(state.rowCount > 0 ? state.rowCount : null);
  return store;
}

/** sessionStorage when the browser lets us use it. */
function sessionStorageOrNull(): StorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The page's one batch. */
export const batchStore = createBatchStore(sessionStorageOrNull());
