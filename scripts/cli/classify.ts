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
import { readFileSync } from 'node:fs';
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
  let failed = false;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  };
  for (const file of files) {
    let data: Uint8Array;
    try {
      data = read(file);
    } catch (error) {
      failed = true;
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      process.stderr.write(`classify: cannot read ${file}: ${reason}\n`);
      continue;
    }
    if (byLine) {
      const text = new TextDecoder().decode(data);
      text.split(/\r\n|\n|\r/).forEach((line, i) => {
        if (line.trim()) out.push(...linesFor({ line: i + 1 }, line));
      });
    } else {
      out.push(...linesFor({ file }, data));
    }
    if (out.length > 512) flush();
  }
  flush();
  return failed ? 1 : 0;
}
