import type { Diagnosis } from '../../engine/index.ts';
// The worker's built URL, so that it can be started from an embed on another origin too.
import diagnoseWorkerUrl from './diagnose-worker.ts?worker&url';
import { startModuleWorker } from '../workers/start-module-worker.ts';
import type { DiagnoseRequest, DiagnoseResponse } from './worker-protocol.ts';

export const DIAGNOSE_TIMEOUT_MS = 10_000;

/** The input took longer than the time limit; the worker reading it was stopped. */
export class DiagnoseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Reading the input took longer than ${timeoutMs / 1000} seconds.`);
    this.name = 'DiagnoseTimeoutError';
  }
}

/** What the client needs from a Worker; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: DiagnoseRequest): void;
  terminate(): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<DiagnoseResponse>) => void,
  ): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface DiagnoseClientOptions {
  /** Returns null (or throws) where Workers are unavailable. */
  createWorker?: () => WorkerLike | null;
  /** The engine on the main thread: the fallback when there is no worker. */
  loadEngine?: () => Promise<{ diagnose(input: string): Promise<Diagnosis> }>;
  timeoutMs?: number;
}

export interface DiagnoseClient {
  diagnose(input: string, signal?: AbortSignal): Promise<Diagnosis>;
}

interface Pending {
  input: string;
  resolve: (diagnosis: Diagnosis) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

function createModuleWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return startModuleWorker(new URL(diagnoseWorkerUrl, import.meta.url), 'diagnose');
}

const loadMainThreadEngine = () => import('../../engine/index.ts');

/**
 * Runs diagnose() in a lazily created Web Worker. Each request gets a timer; when it fires the
 * worker is terminated (the only way to stop a runaway regex) and the request fails with
 * DiagnoseTimeoutError. Other requests queued behind it are sent again to a fresh worker.
 * Without Workers (or when the worker script cannot start) the engine runs on the main thread.
 */
export function createDiagnoseClient(options: DiagnoseClientOptions = {}): DiagnoseClient {
  const createWorker = options.createWorker ?? createModuleWorker;
  const loadEngine = options.loadEngine ?? loadMainThreadEngine;
  const timeoutMs = options.timeoutMs ?? DIAGNOSE_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let workerBroken = false;
  let nextId = 1;

  function settle(id: number): Pending | undefined {
    const request = pending.get(id);
    if (request) {
      clearTimeout(request.timer);
      pending.delete(id);
    }
    return request;
  }

  function stopWorker(): Pending[] {
    worker?.terminate();
    worker = null;
    const orphans = [...pending.keys()].map((id) => settle(id)).filter((p) => p !== undefined);
    return orphans;
  }

  function getWorker(): WorkerLike | null {
    if (worker || workerBroken) return worker;
    try {
      worker = createWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      workerBroken = true;
      return null;
    }
    worker.addEventListener('message', (event) => {
      const request = settle(event.data.id);
      if (!request) return;
      if (event.data.ok) request.resolve(event.data.diagnosis);
      else request.reject(new Error(event.data.message));
    });
    // The worker script could not load or start (a Content-Security-Policy, an old browser):
    // give up on workers and read everything pending on the main thread.
    const onBroken = () => {
      workerBroken = true;
      for (const orphan of stopWorker())
        onMainThread(orphan.input).then(orphan.resolve, orphan.reject);
    };
    worker.addEventListener('error', onBroken);
    worker.addEventListener('messageerror', onBroken);
    return worker;
  }

  async function onMainThread(input: string): Promise<Diagnosis> {
    const engine = await loadEngine();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DiagnoseTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      return await Promise.race([engine.diagnose(input), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  function send(input: string, resolve: Pending['resolve'], reject: Pending['reject']): number {
    const target = getWorker();
    if (!target) {
      onMainThread(input).then(resolve, reject);
      return 0;
    }
    const id = nextId++;
    const timer = setTimeout(() => {
      const request = settle(id);
      for (const orphan of stopWorker()) send(orphan.input, orphan.resolve, orphan.reject);
      request?.reject(new DiagnoseTimeoutError(timeoutMs));
    }, timeoutMs);
    pending.set(id, { input, resolve, reject, timer });
    target.postMessage({ id, input });
    return id;
  }

  return {
    diagnose(input, signal) {
      return new Promise<Diagnosis>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const id = send(input, resolve, reject);
        signal?.addEventListener('abort', () => {
          const request = settle(id);
          if (!request) return;
          // The worker may be busy with a huge input nobody wants any more: stop it.
          for (const orphan of stopWorker()) send(orphan.input, orphan.resolve, orphan.reject);
          request.reject(signal.reason);
        });
      });
    },
  };
}
