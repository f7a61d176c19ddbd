import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MsgRequest, MsgResponse } from './msg-protocol.ts';
import { UnreadableMsgError } from './msg-reader.ts';
import { readMsgInWorker, type MsgWorkerLike } from './read-msg-in-worker.ts';

/** A fake worker that answers with `reply` (or never), and records what it was sent. */
class FakeWorker implements MsgWorkerLike {
  terminated = false;
  sent: MsgRequest[] = [];
  private listeners: Record<string, ((event: never) => void)[]> = {};
  constructor(private readonly reply?: MsgResponse | 'error') {}
  addEventListener(type: string, listener: (event: never) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(message: MsgRequest): void {
    this.sent.push(message);
    const reply = this.reply;
    if (reply === undefined) return;
    queueMicrotask(() => {
      const type = reply === 'error' ? 'error' : 'message';
      for (const listener of this.listeners[type] ?? []) listener({ data: reply } as never);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const bytes = new Uint8Array([1, 2, 3]);

describe('readMsgInWorker', () => {
  afterEach(() => vi.useRealTimers());

  it('returns the text the worker read, and stops the worker', async () => {
    const worker = new FakeWorker({ ok: true, text: 'From: x' });
    await expect(readMsgInWorker(bytes, { createWorker: () => worker })).resolves.toBe('From: x');
    expect(worker.terminated).toBe(true);
    // A copy is transferred: the caller's bytes stay usable.
    expect(worker.sent[0]?.bytes).toEqual(bytes);
    expect(bytes.length).toBe(3);
  });

  it('passes on why the file could not be read', async () => {
    const worker = new FakeWorker({ ok: false, why: 'the DIFAT chain loops' });
    const reading = readMsgInWorker(bytes, { createWorker: () => worker });
    await expect(reading).rejects.toThrow(new UnreadableMsgError('the DIFAT chain loops'));
  });

  it('stops a worker that runs over its time budget', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const reading = readMsgInWorker(bytes, { createWorker: () => worker, timeoutMs: 5000 });
    const outcome = expect(reading).rejects.toThrow('reading took longer than 5 s');
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
    expect(worker.terminated).toBe(true);
  });

  it('reads on this thread without workers, or when the worker cannot start', async () => {
    const readHere = async () => 'here';
    await expect(readMsgInWorker(bytes, { createWorker: () => null, readHere })).resolves.toBe(
      'here',
    );
    const broken = new FakeWorker('error');
    await expect(readMsgInWorker(bytes, { createWorker: () => broken, readHere })).resolves.toBe(
      'here',
    );
    expect(broken.terminated).toBe(true);
  });
});
