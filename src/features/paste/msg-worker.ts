// Reads an Outlook .msg off the main thread: read-msg-in-worker.ts stops this worker when the
// file takes longer than its budget, so a file made to loop cannot freeze the page.
import { readMsg } from './msg-reader.ts';
import type { MsgRequest, MsgResponse } from './msg-protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MsgRequest>) => void): void;
  postMessage(message: MsgResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  readMsg(event.data.bytes).then(
    (text) => scope.postMessage({ ok: true, text }),
    (error: unknown) =>
      scope.postMessage({ ok: false, why: error instanceof Error ? error.message : String(error) }),
  );
});
