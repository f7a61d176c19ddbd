import type { BatchProblem, ColumnChoice, TriageRow } from '../../engine/index.ts';

/** One file of a batch, as the page hands it to the worker. */
export interface BatchFile {
  /** The name shown: the file's name, or its path inside a dropped folder. */
  name: string;
  file: Blob;
}

/** Page -> batch worker. */
export type BatchRequest =
  | {
      type: 'read';
      files: BatchFile[];
      columns?: Record<string, ColumnChoice>;
      /** The id of the first row: a second read (a CSV after its columns were picked) adds on. */
      firstId: number;
    }
  | { type: 'cancel' }
  | { type: 'text'; row: number };

/** Batch worker -> page. Rows arrive in slices, as they are read. */
export type BatchResponse =
  | { type: 'rows'; rows: TriageRow[]; notBounces: number; bytes: number; filesDone: number }
  | { type: 'problem'; problem: BatchProblem }
  | { type: 'done'; cancelled: boolean }
  | { type: 'text'; row: number; text: string | null };
