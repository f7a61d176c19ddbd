/**
 * Outlook .msg files for `classify`, read in a child process with a time and memory budget, so
 * that a file made to loop costs its own line and never the batch: a runaway allocation in a
 * worker thread aborts the whole process (V8's heap limit is fatal, whatever the thread's
 * resourceLimits say), a child process dies alone. One child serves every .msg of a run and is
 * started again after a file it could not survive. See docs/decisions/066-hostile-outlook-files.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Set in the child's environment: cli.ts then serves .msg files instead of running a command. */
export const MSG_CHILD_ENV = 'BOUNCE_DOCTOR_MSG_CHILD';
/**
 * A real .msg reads in milliseconds; the child's start-up (~100 ms) is paid once per run.
 * BOUNCE_DOCTOR_MSG_BUDGET_MS changes it (the tests make it tiny to see a file stopped).
 */
export const MSG_TIME_BUDGET_MS = Number(process.env.BOUNCE_DOCTOR_MSG_BUDGET_MS) || 10_000;
export const MSG_MEMORY_BUDGET_MB = 512;

type Reply = { id: number; ok: true; text: string } | { id: number; ok: false; why: string };

interface Waiting {
  child: ChildProcess;
  resolve(text: string): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export interface MsgReaderProcess {
  read(bytes: Uint8Array): Promise<string>;
  close(): void;
}

/** Reads .msg files in a child process started from `script` (the bundled CLI itself). */
export function msgReaderProcess(
  script = fileURLToPath(import.meta.url),
  timeoutMs = MSG_TIME_BUDGET_MS,
): MsgReaderProcess {
  let child: ChildProcess | undefined;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const fail = (id: number, why: string) => {
    const entry = waiting.get(id);
    if (!entry) return;
    waiting.delete(id);
    clearTimeout(entry.timer);
    entry.reject(new Error(why));
  };

  function start(): ChildProcess {
    const started = fork(script, [], {
      env: { ...process.env, [MSG_CHILD_ENV]: '1' },
      execArgv: [`--max-old-space-size=${MSG_MEMORY_BUDGET_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    started.on('message', (reply: Reply) => {
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.text);
      else entry.reject(new Error(reply.why));
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = undefined;
      const why = signal === 'SIGKILL' ? 'it was stopped' : `the reader died (${signal ?? code})`;
      for (const [id, entry] of waiting) {
        if (entry.child === started) fail(id, `${why}, most likely out of memory`);
      }
    });
    // Nothing else keeps the CLI waiting for the child.
    started.unref();
    started.channel?.unref();
    return started;
  }

  return {
    read(bytes) {
      child ??= start();
      const target = child;
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          fail(id, `reading took longer than ${timeoutMs / 1000} s`);
          // The next file goes to a new child, whenever this one is gone.
          if (child === target) child = undefined;
          target.kill('SIGKILL');
        }, timeoutMs);
        waiting.set(id, { child: target, resolve, reject, timer });
        target.send({ id, bytes: bytes.slice() });
      });
    },
    close() {
      child?.kill();
      child = undefined;
    },
  };
}

/** The child's side: read each file it is sent, reply with its text or why not. */
export function serveMsgFiles(): void {
  const load = import('../../src/features/paste/msg-reader.ts');
  process.on('message', (request: { id: number; bytes: Uint8Array }) => {
    void load
      .then(({ readMsg }) => readMsg(request.bytes))
      .then(
        (text) => process.send?.({ id: request.id, ok: true, text } satisfies Reply),
        (error: unknown) =>
          process.send?.({
            id: request.id,
            ok: false,
            why: error instanceof Error ? error.message : String(error),
          } satisfies Reply),
      );
  });
}
