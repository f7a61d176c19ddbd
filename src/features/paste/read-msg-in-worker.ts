import { startModuleWorker } from '../workers/start-module-worker.ts';
import { UnreadableMsgError } from './msg-reader.ts';
import type { MsgRequest, MsgResponse } from './msg-protocol.ts';
// The worker's built URL, so that it can be started from an embed on another origin too.
import msgWorkerUrl from './msg-worker.ts?worker&url';

/**
 * How long reading one .msg may take. A real one takes milliseconds; the structure check
 * (cfb-check.ts) stops the files that loop, and this stops anything it did not foresee.
 */
export const MSG_TIME_BUDGET_MS = 5000;

/** What the reader needs of a Worker; tests pass a fake. */
export interface MsgWorkerLike {
  postMessage(message: MsgRequest, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MsgResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface ReadMsgOptions {
  /** Returns null where Workers are unavailable: the file is then read on this thread. */
  createWorker?: () => MsgWorkerLike | null;
  readHere?: (bytes: Uint8Array) => Promise<string>;
  timeoutMs?: number;
}

function createMsgWorker(): MsgWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return startModuleWorker(new URL(msgWorkerUrl, import.meta.url), 'msg');
}

function startOrNull(create: () => MsgWorkerLike | null): MsgWorkerLike | null {
  try {
    return create();
  } catch {
    return null;
  }
}

const readOnThisThread = async (bytes: Uint8Array) =>
  (await import('./msg-reader.ts')).readMsg(bytes);

/**
 * Reads a .msg in a worker of its own, stopped when it answers or when the time budget runs
 * out; either way its memory goes with it. Browsers give a worker no memory limit of its own, so
 * the memory budget is the structure check's: no stream may claim more than the file holds.
 */
export function readMsgInWorker(bytes: Uint8Array, options: ReadMsgOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? MSG_TIME_BUDGET_MS;
  const running = startOrNull(options.createWorker ?? createMsgWorker);
  if (!running) return (options.readHere ?? readOnThisThread)(bytes);
  return new Promise<string>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      running.terminate();
      settle();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new UnreadableMsgError(`reading took longer than ${timeoutMs / 1000} s`)),
        ),
      timeoutMs,
    );
    running.addEventListener('message', ({ data }) =>
      finish(() => (data.ok ? resolve(data.text) : reject(new UnreadableMsgError(data.why)))),
    );
    // The worker script could not start (a Content-Security-Policy that forbids blob: workers
    // in a help site's page): read here, as the diagnosis does. readMsg itself catches errors.
    const broken = () =>
      finish(() => (options.readHere ?? readOnThisThread)(bytes).then(resolve, reject));
    running.addEventListener('error', broken);
    running.addEventListener('messageerror', broken);
    const copy = bytes.slice();
    running.postMessage({ bytes: copy }, [copy.buffer]);
  });
}
