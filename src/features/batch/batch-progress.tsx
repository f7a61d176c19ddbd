import { formatBytes } from '../paste/input-limits.ts';
import type { BatchState } from './batch-store.ts';

/** While a batch is read: how far, how many so far, and a way to stop. */
export function BatchProgress({ state, onCancel }: { state: BatchState; onCancel(): void }) {
  const files = state.files.length;
  return (
    <section className="batch-progress" aria-labelledby="batch-progress-heading">
      <h2 id="batch-progress-heading">Reading the batch</h2>
      <progress
        className="batch-progress__bar"
        max={Math.max(1, state.totalBytes)}
        value={Math.min(state.bytesDone, state.totalBytes)}
        aria-label="Reading the batch"
      />
      <p role="status">
        {state.rowCount.toLocaleString('en')} recipients so far, from{' '}
        {state.filesDone.toLocaleString('en')} of {files.toLocaleString('en')}{' '}
        {files === 1 ? 'file' : 'files'} ({formatBytes(state.bytesDone)} of{' '}
        {formatBytes(state.totalBytes)}).
      </p>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
