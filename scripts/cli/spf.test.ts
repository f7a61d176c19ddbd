import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spf-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(zone: unknown, lines: string[]) {
  const zonePath = join(dir, 'zone.json');
  const casesPath = join(dir, 'cases.jsonl');
  await writeFile(zonePath, JSON.stringify(zone));
  await writeFile(casesPath, `${lines.join('\n')}\n`);
  const { stdout, stderr } = await exec(
    'npx',
    ['tsx', 'scripts/cli.ts', 'spf', '--zone', zonePath, '--cases', casesPath],
    { cwd: root },
  );
  return {
    out: stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    stderr,
  };
}

describe('cli spf --zone --cases', () => {
  it('prints one {"id","result","explanation"} line per good case, in order; bad lines go to stderr', async () => {
    const zone = {
      'example.com': { TXT: ['v=spf1 ip4:192.0.2.1 -all exp=why.example.com'] },
      'why.example.com': { TXT: ['%{i} is not allowed for %{d}'] },
      'mail.example.com': { TXT: ['v=spf1 a -all'], A: ['192.0.2.9'] },
      'slow.example.com': { timeout: '*' },
    };
    const { out, stderr } = await cli(zone, [
      JSON.stringify({
        id: 'pass',
        ip: '192.0.2.1',
        mailfrom: 'a@example.com',
        helo: 'mail.example.com',
      }),
      JSON.stringify({
        id: 'fail',
        ip: '192.0.2.2',
        mailfrom: 'a@example.com',
        helo: 'mail.example.com',
      }),
      'this is not json',
      JSON.stringify({ id: 'helo', ip: '192.0.2.9', mailfrom: '', helo: 'mail.example.com' }),
      JSON.stringify({ id: 'noip' }),
      JSON.stringify({ id: 'timeout', ip: '192.0.2.1', mailfrom: 'x@slow.example.com', helo: 'h' }),
      JSON.stringify({ id: 'badip', ip: '300.1.1.1', mailfrom: 'a@example.com', helo: 'h' }),
      JSON.stringify({ id: 7, ip: '192.0.2.1', mailfrom: 'a@nowhere.example', helo: 'h' }),
    ]);
    expect(out).toEqual([
      { id: 'pass', result: 'pass', explanation: '' },
      { id: 'fail', result: 'fail', explanation: '192.0.2.2 is not allowed for example.com' },
      { id: 'helo', result: 'pass', explanation: '' },
      { id: 'timeout', result: 'temperror', explanation: '' },
      { id: 7, result: 'none', explanation: '' },
    ]);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(3);
    expect(stderr).toMatch(/cases.jsonl:3: not JSON/);
  }, 30_000);
});
