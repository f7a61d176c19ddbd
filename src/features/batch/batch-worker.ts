// Reads a batch off the main thread: each file streamed through the engine's batch reader, the
// rows posted in slices as they come, so the page stays responsive and shows progress. The texts
// the wizard needs (a message, an event) stay here, up to a limit, until the page asks for one.
import { createBatchReader, type TriageRow } from '../../engine/index.ts';
import { decodeText } from '../paste/decode-text.ts';
import type { BatchRequest, BatchResponse } from './batch-protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<BatchRequest>) => void): void;
  postMessage(message: BatchResponse): void;
}

const scope = self as unknown as WorkerScope;

/** Texts kept for the wizard, in all; beyond this a row's text is rebuilt from the row. */
export const MAX_KEPT_TEXT_BYTES = 64 * 2 ** 20;
/** A slice of rows goes out at least this often while reading, and at most this big. */
const POST_EVERY_MS = 150;
const POST_ROWS = 500;
const SLICE_BYTES = 64 * 1024;

/**
 * A turn of the event loop without setTimeout's clamping: lets a "cancel" (or a text request)
 * in between two slices of a file.
 */
const channel = new MessageChannel();
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const texts = new Map<number, string | Uint8Array>();
let keptBytes = 0;
let cancelled = false;

const readMsg = async (bytes: Uint8Array) =>
  (await import('../paste/msg-reader.ts')).readMsg(bytes);

async function read(request: Extract<BatchRequest, { type: 'read' }>) {
  cancelled = false;
  if (request.firstId === 0) {
    texts.clear();
    keptBytes = 0;
  }
  let pending: TriageRow[] = [];
  let notBounces = 0;
  let bytes = 0;
  let filesDone = 0;
  let last = performance.now();
  const flush = (force = false) => {
    if (!force && pending.length < POST_ROWS && performance.now() - last < POST_EVERY_MS) return;
    scope.postMessage({ type: 'rows', rows: pending, notBounces, bytes, filesDone });
    pending = [];
    notBounces = 0;
    last = performance.now();
  };
  const ids = { next: request.firstId };
  for (const { name, file } of request.files) {
    if (cancelled) break;
    const reader = createBatchReader(name, {
      ids,
      readMsg,
      columns: request.columns,
      onItem(item) {
        if (item.notBounce) notBounces++;
        for (const row of item.rows) pending.push(row);
        const text = item.text;
        if (
          text !== undefined &&
          item.rows.length > 0 &&
          keptBytes + text.length <= MAX_KEPT_TEXT_BYTES
        ) {
          keptBytes += text.length;
          for (const row of item.rows) texts.set(row.id, text);
        }
      },
      onProblem: (problem) => scope.postMessage({ type: 'problem', problem }),
    });
    const stream = file.stream().getReader();
    for (;;) {
      const { done, value } = await stream.read();
      if (done || cancelled) break;
      // A browser may hand over megabytes at once: read them in slices, so that rows go out
      // in small messages (each is a task on the page's thread) and cancel is heard between.
      for (let at = 0; at < value.length && !cancelled; at += SLICE_BYTES) {
        const slice = value.subarray(at, at + SLICE_BYTES);
        bytes += slice.length;
        await reader.push(slice);
        flush();
        await nextTurn();
      }
    }
    if (cancelled) {
      await stream.cancel();
      break;
    }
    await reader.end();
    filesDone++;
    flush(true);
  }
  flush(true);
  scope.postMessage({ type: 'done', cancelled });
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled = true;
  else if (request.type === 'read') void read(request);
  else {
    const text = texts.get(request.row);
    scope.postMessage({
      type: 'text',
      row: request.row,
      text: text === undefined ? null : typeof text === 'string' ? text : decodeText(text),
    });
  }
});
