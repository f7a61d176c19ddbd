import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnosis } from '../../engine/index.ts';
import { DiagnoseTimeoutError, createDiagnoseClient, type WorkerLike } from './diagnose-client.ts';
import type { DiagnoseRequest, DiagnoseResponse } from './worker-protocol.ts';

const diagnosisOf = (input: string): Diagnosis => ({
  parsed: { kind: 'smtp', isBounce: true, format: 'test', recipients: [], warnings: [input] },
  results: [],
});

/** A fake worker: answers each request at once unless told to hang. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  terminated = false;
  requests: DiagnoseRequest[] = [];
  private listeners: Record<string, ((event: never) => void)[]> = {};
  constructor(private readonly hang = false) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  emit(type: string, event: unknown): void {
    for (const listener of this.listeners[type] ?? []) listener(event as never);
  }
  postMessage(request: DiagnoseRequest): void {
    this.requests.push(request);
    if (this.hang) return;
    const response: DiagnoseResponse = {
      id: request.id,
      ok: true,
      diagnosis: diagnosisOf(request.input),
    };
    queueMicrotask(() => this.emit('message', { data: response }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('createDiagnoseClient', () => {
  afterEach(() => {
    FakeWorker.made = [];
    vi.useRealTimers();
  });

  it('creates the worker lazily and reuses it', async () => {
    const client = createDiagnoseClient({ createWorker: () => new FakeWorker() });
    expect(FakeWorker.made).toHaveLength(0);
    await expect(client.diagnose('a')).resolves.toEqual(diagnosisOf('a'));
    await expect(client.diagnose('b')).resolves.toEqual(diagnosisOf('b'));
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('passes engine errors on as errors', async () => {
    const worker = new FakeWorker(true);
    const client = createDiagnoseClient({ createWorker: () => worker });
    const result = client.diagnose('x');
    worker.emit('message', { data: { id: 1, ok: false, message: 'boom' } });
    await expect(result).rejects.toThrow('boom');
  });

  it('terminates a worker that takes too long and uses a fresh one next time', async () => {
    vi.useFakeTimers();
    let hang = true;
    const client = createDiagnoseClient({
      createWorker: () => new FakeWorker(hang),
      timeoutMs: 10_000,
    });
    const slow = client.diagnose('slow');
    const caught = slow.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await caught;
    expect(error).toBeInstanceOf(DiagnoseTimeoutError);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    hang = false;
    await expect(client.diagnose('fast')).resolves.toEqual(diagnosisOf('fast'));
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('sends requests queued behind a timed-out one to the fresh worker', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const client = createDiagnoseClient({
      createWorker: () => new FakeWorker(calls++ === 0),
      timeoutMs: 1000,
    });
    const first = client.diagnose('stuck').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    const second = client.diagnose('queued');
    await vi.advanceTimersByTimeAsync(500);
    expect(await first).toBeInstanceOf(DiagnoseTimeoutError);
    await expect(second).resolves.toEqual(diagnosisOf('queued'));
  });

  it('falls back to the main thread when there are no workers', async () => {
    const loadEngine = vi.fn(async () => ({
      diagnose: async (input: string) => diagnosisOf(input),
    }));
    const client = createDiagnoseClient({ createWorker: () => null, loadEngine });
    await expect(client.diagnose('m')).resolves.toEqual(diagnosisOf('m'));
    expect(loadEngine).toHaveBeenCalled();
  });

  it('falls back to the main thread when creating the worker throws', async () => {
    const client = createDiagnoseClient({
      createWorker: () => {
        throw new Error('SecurityError');
      },
      loadEngine: async () => ({ diagnose: async (input: string) => diagnosisOf(input) }),
    });
    await expect(client.diagnose('t')).resolves.toEqual(diagnosisOf('t'));
  });

  it('re-reads pending input on the main thread when the worker script fails to start', async () => {
    const worker = new FakeWorker(true);
    const client = createDiagnoseClient({
      createWorker: () => worker,
      loadEngine: async () => ({ diagnose: async (input: string) => diagnosisOf(input) }),
    });
    const result = client.diagnose('p');
    worker.emit('error', new Event('error'));
    await expect(result).resolves.toEqual(diagnosisOf('p'));
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when the caller aborts', async () => {
    const worker = new FakeWorker(true);
    const client = createDiagnoseClient({ createWorker: () => worker });
    const controller = new AbortController();
    const result = client.diagnose('a', controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(result).rejects.toThrow('cancelled');
    expect(worker.terminated).toBe(true);
  });
});
