/**
 * `spf --zone ZONE.json --cases CASES.jsonl`: evaluate RFC 7208 check_host() for each case
 * against a fixture zone (the format of src/engine/dns/zone.ts).
 *
 * Each case line: {"id", "ip", "mailfrom", "helo"}. An empty mailfrom checks the HELO identity
 * with sender postmaster@<helo> (RFC 7208 s2.3). Output, one line per case, in input order:
 * {"id", "result", "explanation"} with result one of pass fail softfail neutral none permerror
 * temperror. A bad case line is reported on stderr and skipped.
 */
import { readFile } from 'node:fs/promises';
import { checkHost, spfSubject } from '../../src/engine/checks/spf/check-host.ts';
import { zoneResolver, type Zone } from '../../src/engine/dns/zone.ts';

const usage = 'usage: npm run -s cli -- spf --zone ZONE.json --cases CASES.jsonl';

interface Case {
  id: unknown;
  ip: string;
  mailfrom: string;
  helo: string;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function parseCase(line: string): Case | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object';
  const record = value as Record<string, unknown>;
  if (!('id' in record) || (typeof record.id !== 'string' && typeof record.id !== 'number')) {
    return '"id" (string or number) is missing';
  }
  if (typeof record.ip !== 'string') return '"ip" (string) is missing';
  for (const key of ['mailfrom', 'helo'] as const) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      return `"${key}" must be a string`;
    }
  }
  return {
    id: record.id,
    ip: record.ip,
    mailfrom: typeof record.mailfrom === 'string' ? record.mailfrom : '',
    helo: typeof record.helo === 'string' ? record.helo : '',
  };
}

export async function run(args: string[]): Promise<number> {
  const zonePath = option(args, '--zone');
  const casesPath = option(args, '--cases');
  if (!zonePath || !casesPath) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let zone: Zone;
  let cases: string;
  try {
    zone = JSON.parse(await readFile(zonePath, 'utf8')) as Zone;
    cases = await readFile(casesPath, 'utf8');
  } catch (error) {
    process.stderr.write(`spf: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) {
    process.stderr.write(`spf: ${zonePath}: the zone must be a JSON object of names\n`);
    return 2;
  }
  const resolver = zoneResolver(zone);
  const lines = cases.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = parseCase(line);
    if (typeof parsed === 'string') {
      process.stderr.write(`spf: ${casesPath}:${index + 1}: ${parsed}; skipped\n`);
      continue;
    }
    const subject = spfSubject(parsed.mailfrom, parsed.helo);
    try {
      const outcome = await checkHost({
        ip: parsed.ip,
        domain: subject.domain,
        sender: subject.sender,
        helo: parsed.helo,
        identity: subject.identity,
        resolver,
      });
      process.stdout.write(
        `${JSON.stringify({ id: parsed.id, result: outcome.result, explanation: outcome.explanation })}\n`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`spf: ${casesPath}:${index + 1}: ${message}; skipped\n`);
    }
  }
  return 0;
}
