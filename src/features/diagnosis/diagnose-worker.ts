// Runs the engine off the main thread so that a huge or pathological input cannot freeze the
// page; diagnose-client.ts terminates this worker when it takes too long.
import { diagnose } from '../../engine/diagnose.ts';
import type { DiagnoseRequest, DiagnoseResponse } from './worker-protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<DiagnoseRequest>) => void): void;
  postMessage(message: DiagnoseResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, input } = event.data;
  diagnose(input).then(
    (diagnosis) => scope.postMessage({ id, ok: true, diagnosis }),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
