/**
 * npm run -s cli -- triage [--csv|--json] [--recipients] [--columns A,R] FILE|FOLDER...
 *
 * Reads many bounces at once — .eml/.msg files, mboxes, .zip archives of them, sending
 * services' CSV exports and JSON event feeds, Postfix and Exim logs — and prints the triage:
 *   (default) a Markdown summary: counts, then each cause with its action, providers, example;
 *   --json    one JSON document {"summary","groups","files","problems"} (with --recipients, also
 *             "recipients": one object per failed recipient);
 *   --csv     the suppression list: email,reason,status,provider,action,detail,service,service_bounce_name.
 * Files are streamed, not read whole; a folder stands for its files (inputs.ts); "-" reads
 * standard input. --columns gives the 1-based address and reason columns for CSVs whose header
 * says neither. What could not be read is reported on standard error (exit status 1); a usage
 * error exits 2.
 */
import { createReadStream } from 'node:fs';
import {
  createTriage,
  markdownSummary,
  suppressionCsv,
  triageJson,
  triageStream,
  type BatchProblem,
  type ColumnChoice,
  type TriageRow,
} from '../../src/engine/index.ts';
import { expandInputs } from './inputs.ts';

const USAGE =
  'usage: npm run -s cli -- triage [--csv|--json] [--recipients] [--columns ADDRESS,REASON] FILE|FOLDER...';

async function readMsg(bytes: Uint8Array): Promise<string> {
  const { readMsg: read } = await import('../../src/features/paste/msg-reader.ts');
  return read(bytes);
}

function columnsOf(value: string | undefined): ColumnChoice | undefined | null {
  if (value === undefined) return undefined;
  const [address, reason] = value.split(',').map((n) => Number(n));
  if (!address || address < 1 || (reason !== undefined && !(reason >= 1))) return null;
  return { address: address - 1, reason: reason ? reason - 1 : null };
}

export async function run(args: string[]): Promise<number> {
  const named: string[] = [];
  let format: 'markdown' | 'json' | 'csv' = 'markdown';
  let recipients = false;
  let columns: ColumnChoice | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') format = 'json';
    else if (arg === '--csv') format = 'csv';
    else if (arg === '--recipients') recipients = true;
    else if (arg === '--columns') {
      const choice = columnsOf(args[++i]);
      if (!choice) {
        process.stderr.write(`triage: --columns takes two column numbers, e.g. 1,3\n${USAGE}\n`);
        return 2;
      }
      columns = choice;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`triage: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else named.push(arg);
  }
  if (named.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { files, errors } = expandInputs(named, 'triage');

  const triage = createTriage();
  const ids = { next: 0 };
  const rows: TriageRow[] = [];
  const keep = format === 'csv' || recipients;
  const problems: BatchProblem[] = [];
  for (const file of files) {
    const stream =
      file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
    try {
      await triageStream(file, stream, {
        triage,
        ids,
        readMsg,
        ...(columns ? { columns: new Proxy({}, { get: () => columns }) } : {}),
        ...(keep ? { onRow: (row) => rows.push(row) } : {}),
        onProblem: (problem) => problems.push(problem),
      });
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      problems.push({ file, kind: 'unreadable', message: `cannot read ${file}: ${reason}` });
    }
  }
  for (const error of errors) process.stderr.write(`${error}\n`);
  for (const problem of problems) process.stderr.write(`triage: ${problem.message}\n`);
  const report = {
    summary: triage.summary(),
    groups: triage.groups(),
    files,
    problems: problems.map(({ file, kind, message }) => ({ file, kind, message })),
  };
  if (format === 'csv') process.stdout.write(suppressionCsv(rows));
  else if (format === 'json')
    process.stdout.write(`${triageJson(report, recipients ? rows : undefined)}\n`);
  else process.stdout.write(`${markdownSummary(report)}\n`);
  return problems.length > 0 || errors.length > 0 ? 1 : 0;
}
