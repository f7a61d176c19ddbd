/**
 * A whole input — a file, standard input, a Node stream, an HTTP body — read into a triage as
 * its chunks arrive: the way a stream processor would run the engine over a feed.
 */
import { createBatchReader, type BatchReaderOptions } from './read-batch.ts';
import { createTriage, type Triage } from './triage.ts';
import type { BatchItem, BatchProblem, TriageRow } from './types.ts';

export interface TriageStreamOptions extends Partial<
  Pick<BatchReaderOptions, 'readMsg' | 'columns' | 'limits' | 'ids'>
> {
  /** Add to this triage (several inputs into one); a new one by default. */
  triage?: Triage;
  /** Each row as soon as it is read (rows are not kept unless this keeps them). */
  onRow?(row: TriageRow): void;
  onItem?(item: BatchItem): void;
  onProblem?(problem: BatchProblem): void;
}

export async function triageStream(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: TriageStreamOptions = {},
): Promise<{ triage: Triage; problems: BatchProblem[] }> {
  const triage = options.triage ?? createTriage();
  const problems: BatchProblem[] = [];
  const reader = createBatchReader(name, {
    ...options,
    onItem(item) {
      triage.add(item);
      options.onItem?.(item);
      if (options.onRow) for (const row of item.rows) options.onRow(row);
    },
    onProblem(problem) {
      problems.push(problem);
      options.onProblem?.(problem);
    },
  });
  for await (const chunk of chunks) await reader.push(chunk);
  await reader.end();
  return { triage, problems };
}
