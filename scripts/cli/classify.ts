/**
 * npm run -s cli -- classify --json [--lines] FILE|FOLDER...
 *
 * A folder stands for the files in it and its subfolders (inputs.ts).
 * One JSON object per line per failed recipient:
 *   {"file","index","recipient","reason","status","replyCode","hardBounce","permanent","provider",
 *    "providerCode","diagnostic","remoteMta","summary"}
 * A file that is not a bounce prints one line with "isBounce": false and "reason": null; when it
 * is another kind of report it says which ("report": "dmarc-aggregate" | "tls-rpt" |
 * "challenge-response") and sums it up ("summary").
 * An Outlook .msg (recognised by its first bytes) is read too. "-" reads standard input. With --lines, each line of FILE is a separate one-line bounce and
 * the objects carry "line" (1-based) instead of "file". An unreadable file is reported on
 * standard error and the others are still processed (exit status 1).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  classify,
  looksLikeOutlookMsg,
  parseBounce,
  type Classification,
  type ParsedBounce,
} from '../../src/engine/index.ts';
import { expandInputs } from './inputs.ts';
import { msgReaderProcess, type MsgReaderProcess } from './msg-child.ts';

type Where = { file: string } | { line: number };

function row(where: Where, c: Classification): string {
  // Built field by field (no spread), in the contract's order.
  const out: Record<string, unknown> =
    'file' in where ? { file: where.file } : { line: where.line };
  out.index = c.index;
  out.recipient = c.recipient;
  out.reason = c.reason;
  out.status = c.status;
  out.replyCode = c.replyCode;
  out.hardBounce = c.hardBounce;
  out.permanent = c.permanent;
  out.provider = c.provider?.id ?? null;
  out.providerCode = c.provider?.code ?? null;
  out.diagnostic = c.diagnostic;
  out.remoteMta = c.remoteMta;
  out.summary = c.summary;
  return JSON.stringify(out);
}

function notBounce(where: Where, parsed: ParsedBounce) {
  const { report, warnings } = parsed;
  return {
    ...where,
    isBounce: false,
    reason: null,
    ...(report ? { report: report.kind, summary: report.summary } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}

function linesFor(where: Where, input: string | Uint8Array): string[] {
  const parsed = parseBounce(input);
  const results = parsed.isBounce ? classify(parsed) : [];
  if (results.length === 0) return [JSON.stringify(notBounce(where, parsed))];
  return results.map((c) => row(where, c));
}

/**
 * Reads a file into one buffer reused from file to file: a batch of thousands of small files
 * then costs no allocation per file. The bytes are valid until the next read, and each file is
 * parsed before the next one is read.
 */
let scratch = new Uint8Array(1 << 20);

function read(file: string): Uint8Array {
  if (file === '-') return new Uint8Array(readFileSync(0));
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const bigger = new Uint8Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) return scratch.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
}

interface Batch {
  lines: string[];
  errors: string[];
}

let msgReader: MsgReaderProcess | undefined;

/**
 * An Outlook .msg as the message text the engine reads, from a child process with a time and
 * memory budget (msg-child.ts), started on the first .msg only. The bytes are copied before
 * they are sent, so the reused read buffer is safe. Run from TypeScript (not bundled), the
 * child could not start: the file is read here.
 */
async function msgText(data: Uint8Array): Promise<string> {
  if (!import.meta.url.endsWith('.mjs')) {
    const { readMsg } = await import('../../src/features/paste/msg-reader.ts');
    return readMsg(data);
  }
  msgReader ??= msgReaderProcess();
  return msgReader.read(data);
}

/** The lines for one input; an engine failure is one file's error, never the batch's end. */
function safeLinesFor(where: Where, input: string | Uint8Array, errors: string[]): string[] {
  try {
    return linesFor(where, input);
  } catch (error) {
    const what = 'file' in where ? where.file : `line ${where.line}`;
    errors.push(
      `classify: cannot classify ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return [];
  }
}

/**
 * Classify files (or, with byLine, the lines of files) into output lines and error messages.
 * Async only for Outlook .msg files; everything else is read and classified in one pass.
 */
async function classifyFiles(
  files: string[],
  byLine: boolean,
  emit?: (batch: Batch) => void,
): Promise<Batch> {
  const batch: Batch = { lines: [], errors: [] };
  for (const file of files) {
    let data: Uint8Array;
    try {
      data = read(file);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      batch.errors.push(`classify: cannot read ${file}: ${reason}`);
      continue;
    }
    let input: string | Uint8Array = data;
    if (looksLikeOutlookMsg(data)) {
      try {
        input = await msgText(data);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        batch.errors.push(`classify: cannot read ${file} as an Outlook .msg: ${reason}`);
        continue;
      }
    }
    if (byLine) {
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
      text.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (line.trim()) batch.lines.push(...safeLinesFor({ line: i + 1 }, line, batch.errors));
      });
    } else {
      batch.lines.push(...safeLinesFor({ file }, input, batch.errors));
    }
    if (emit && batch.lines.length > 512) {
      emit({ lines: batch.lines.splice(0), errors: batch.errors.splice(0) });
    }
  }
  return batch;
}

function write(batch: Batch) {
  for (const error of batch.errors) process.stderr.write(`${error}\n`);
  if (batch.lines.length) process.stdout.write(batch.lines.join('\n') + '\n');
}

/** Below this many files a single thread finishes before a worker would have started. */
const PARALLEL_FROM = 200;
const MIN_THREADS = Number(process.env.BOUNCE_DOCTOR_THREADS) > 1 ? 2 : 4;

/**
 * Large batches are shared with worker threads: the files are cut into contiguous shares (by
 * size), the workers take all but the first, this thread takes the first while they start, and
 * everything is printed in the order given. Only from the bundled CLI: a worker re-runs the
 * bundle, which a plain .ts file cannot be.
 */
function classifyInParallel(files: string[]): Promise<Batch[]> | undefined {
  // BOUNCE_DOCTOR_THREADS=1 keeps everything on this thread (for measuring, or a busy machine).
  const threads = Math.min(Number(process.env.BOUNCE_DOCTOR_THREADS) || availableParallelism(), 4);
  // Measured on a 2-core machine, a second thread's start-up and the cores' contention cost more
  // than the thread saves: workers pay from four cores on.
  if (threads < MIN_THREADS || files.length < PARALLEL_FROM || !import.meta.url.endsWith('.mjs')) {
    return undefined;
  }
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((sum, size) => sum + size, 0) || 1;
  // A worker needs a moment to start; this thread begins at once, so it takes a larger share.
  const weights = Array.from({ length: threads }, (_, i) => (i === 0 ? 1.2 : 1));
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const shares: string[][] = weights.map(() => []);
  let seen = 0;
  let share = 0;
  let bound = (weights[0]! / weightSum) * total;
  files.forEach((file, i) => {
    while (share < threads - 1 && seen >= bound) bound += (weights[++share]! / weightSum) * total;
    shares[share]!.push(file);
    seen += sizes[i]!;
  });
  const workers = shares.slice(1).map(
    (files) =>
      new Promise<Batch>((done, fail) => {
        const worker = new Worker(new URL(import.meta.url), {
          workerData: { task: 'classify', files },
        });
        worker.once('message', (batch: Batch) => done(batch));
        worker.once('error', fail);
      }),
  );
  return Promise.all([classifyFiles(shares[0]!, false), ...workers]);
}

/** The worker side of classifyInParallel. */
export async function worker(): Promise<void> {
  const { files } = workerData as { files: string[] };
  parentPort?.postMessage(await classifyFiles(files, false));
  msgReader?.close();
}

const usage =
  'usage: npm run -s cli -- classify --json [--lines] FILE|FOLDER...  ("-" reads standard input)';

export async function run(args: string[]): Promise<number> {
  const named = args.filter((a) => a === '-' || !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--lines');
  if (unknown.length || named.length === 0) {
    process.stderr.write(
      `${unknown.length ? `classify: unknown option ${unknown.join(' ')}\n` : ''}${usage}\n`,
    );
    return 2;
  }
  const { files, errors } = expandInputs(named, 'classify');
  write({ lines: [], errors });
  const byLine = args.includes('--lines');
  const parallel = byLine || files.includes('-') ? undefined : await classifyInParallel(files);
  if (parallel) {
    msgReader?.close();
    parallel.forEach(write);
    return errors.length || parallel.some((batch) => batch.errors.length) ? 1 : 0;
  }
  let failed = errors.length > 0;
  const rest = await classifyFiles(files, byLine, (batch) => {
    failed ||= batch.errors.length > 0;
    write(batch);
  });
  write(rest);
  msgReader?.close();
  return failed || rest.errors.length > 0 ? 1 : 0;
}
