/**
 * npm run -s cli -- classify --json [--lines] FILE...
 *
 * One JSON object per line per failed recipient:
 *   {"file","index","recipient","reason","status","replyCode","hardBounce","provider",
 *    "providerCode","diagnostic","remoteMta","summary"}
 * A file that is not a bounce prints one line with "isBounce": false and "reason": null.
 * "-" reads standard input. With --lines, each line of FILE is a separate one-line bounce and
 * the objects carry "line" (1-based) instead of "file". An unreadable file is reported on
 * standard error and the others are still processed (exit status 1).
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { classify, parseBounce, type Classification } from '../../src/engine/index.ts';

type Where = { file: string } | { line: number };

function row(where: Where, c: Classification) {
  return {
    ...where,
    index: c.index,
    recipient: c.recipient,
    reason: c.reason,
    status: c.status,
    replyCode: c.replyCode,
    hardBounce: c.hardBounce,
    provider: c.provider?.id ?? null,
    providerCode: c.provider?.code ?? null,
    diagnostic: c.diagnostic,
    remoteMta: c.remoteMta,
    summary: c.summary,
  };
}

function notBounce(where: Where, warnings: string[]) {
  return { ...where, isBounce: false, reason: null, ...(warnings.length ? { warnings } : {}) };
}

function linesFor(where: Where, input: string | Uint8Array): string[] {
  const parsed = parseBounce(input);
  const results = parsed.isBounce ? classify(parsed) : [];
  if (results.length === 0) return [JSON.stringify(notBounce(where, parsed.warnings))];
  return results.map((c) => JSON.stringify(row(where, c)));
}

function read(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file === '-' ? 0 : file));
}

interface Batch {
  lines: string[];
  errors: string[];
}

/** Classify files (or, with byLine, the lines of files) into output lines and error messages. */
function classifyFiles(files: string[], byLine: boolean, emit?: (batch: Batch) => void): Batch {
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
    if (byLine) {
      const text = new TextDecoder().decode(data);
      text.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (line.trim()) batch.lines.push(...linesFor({ line: i + 1 }, line));
      });
    } else {
      batch.lines.push(...linesFor({ file }, data));
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

/** Below this many files a single thread finishes before workers would have started. */
const PARALLEL_FROM = 200;

/**
 * Large batches go to worker threads, one contiguous share of the files each (balanced by
 * size), and are printed in the order given. Only from the bundled CLI: a worker re-runs the
 * bundle, which a plain .ts file cannot be.
 */
async function classifyInParallel(files: string[]): Promise<Batch[] | undefined> {
  const threads = Math.min(availableParallelism(), 4);
  if (threads < 2 || files.length < PARALLEL_FROM || !import.meta.url.endsWith('.mjs'))
    return undefined;
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const shares: string[][] = Array.from({ length: threads }, () => []);
  let seen = 0;
  files.forEach((file, i) => {
    const share = Math.min(threads - 1, Math.floor((seen / (total || 1)) * threads));
    shares[share]!.push(file);
    seen += sizes[i]!;
  });
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<Batch>((done, fail) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { task: 'classify', files: share },
          });
          worker.once('message', (batch: Batch) => done(batch));
          worker.once('error', fail);
        }),
    ),
  );
}

/** The worker side of classifyInParallel. */
export function worker(): void {
  const { files } = workerData as { files: string[] };
  parentPort?.postMessage(classifyFiles(files, false));
}

const usage =
  'usage: npm run -s cli -- classify --json [--lines] FILE...  ("-" reads standard input)';

export async function run(args: string[]): Promise<number> {
  const files = args.filter((a) => a === '-' || !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--lines');
  if (unknown.length || files.length === 0) {
    process.stderr.write(
      `${unknown.length ? `classify: unknown option ${unknown.join(' ')}\n` : ''}${usage}\n`,
    );
    return 2;
  }
  const byLine = args.includes('--lines');
  const parallel = byLine || files.includes('-') ? undefined : await classifyInParallel(files);
  if (parallel) {
    parallel.forEach(write);
    return parallel.some((batch) => batch.errors.length) ? 1 : 0;
  }
  let failed = false;
  const rest = classifyFiles(files, byLine, (batch) => {
    failed ||= batch.errors.length > 0;
    write(batch);
  });
  write(rest);
  return failed || rest.errors.length > 0 ? 1 : 0;
}
