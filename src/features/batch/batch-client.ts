/**
 * The page's side of the batch worker: start it on first use (also from an embed's foreign
 * origin, like the diagnose worker), hand it files, hear its rows, stop it.
 */
import batchWorkerUrl from './batch-worker.ts?worker&url';
import { startModuleWorker } from '../workers/start-module-worker.ts';
import type { BatchRequest, BatchResponse } from './batch-protocol.ts';

export interface BatchWorker {
  post(request: BatchRequest): void;
  onMessage(listener: (response: BatchResponse) => void): void;
  onError(listener: () => void): void;
  terminate(): void;
}

export function createBatchWorker(): BatchWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = startModuleWorker(new URL(batchWorkerUrl, import.meta.url), 'batch');
  } catch {
    return null;
  }
  return {
    post: (request) => worker.postMessage(request),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<BatchResponse>) =>
        listener(event.data),
      ),
    onError: (listener) => worker.addEventListener('error', listener),
    terminate: () => worker.terminate(),
  };
}
