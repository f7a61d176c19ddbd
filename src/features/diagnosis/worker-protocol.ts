import type { Diagnosis } from '../../engine/index.ts';

/** Main thread -> diagnose worker. */
export interface DiagnoseRequest {
  id: number;
  input: string;
}

/** Diagnose worker -> main thread. Errors travel as text: Error objects do not clone well. */
export type DiagnoseResponse =
  { id: number; ok: true; diagnosis: Diagnosis } | { id: number; ok: false; message: string };
