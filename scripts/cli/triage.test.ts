import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EML_FOLDER,
  MBOX,
  POSTFIX_LOG,
  SENDGRID_CSV,
  SES_JSONL,
  UNKNOWN_COLUMNS_CSV,
} from '../../src/engine/test-support/batch-fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triage-cli-'));
  await writeFile(join(dir, 'bounces.csv'), SENDGRID_CSV);
  await writeFile(join(dir, 'box.mbox'), MBOX);
  await writeFile(join(dir, 'maillog'), POSTFIX_LOG);
  await writeFile(join(dir, 'ses.jsonl'), SES_JSONL);
  await writeFile(join(dir, 'unknown.csv'), UNKNOWN_COLUMNS_CSV);
  await writeFile(
    join(dir, 'folder.zip'),
    zipSync(Object.fromEntries(EML_FOLDER.map((f) => [f.name, new TextEncoder().encode(f.text)]))),
  );
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  stdin?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((done) => {
    const child = execFile(
      'node',
      ['scripts/run-bundled.mjs', 'scripts/cli.ts', 'triage', ...args],
      { cwd: root, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => done({ stdout, stderr, code: error ? Number(error.code) : 0 }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

const at = (name: string) => join(dir, name);

describe('triage on the command line', () => {
  it('prints one JSON document grouping every input by cause', async () => {
    const run = await cli([
      '--json',
      at('bounces.csv'),
      at('box.mbox'),
      at('maillog'),
      at('ses.jsonl'),
      at('folder.zip'),
    ]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      summary: { failed: number; byAction: Record<string, number> };
      groups: { reason: string; count: number; action: string }[];
      recipients?: unknown;
    };
    expect(doc.summary.failed).toBe(4 + 5 + 3 + 3 + 5);
    expect(doc.groups[0]).toMatchObject({
      reason: 'userunknown',
      count: 2 + 3 + 2 + 2 + 3,
      action: 'suppress',
    });
    expect(doc.recipients).toBeUndefined();
  }, 30_000);

  it('prints the suppression list as CSV, each address once', async () => {
    const run = await cli(['--csv', at('bounces.csv'), at('box.mbox')]);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('email,reason,status,provider,action,detail,service,service_bounce_name');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'ann.lee@gmail.com',
      'bo.chen@gmail.com',
      'cy.diaz@gmail.com',
    ]);
  }, 30_000);

  it('reads standard input and prints a Markdown summary by default', async () => {
    const run = await cli(['-'], POSTFIX_LOG);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Bounce triage/);
    expect(run.stdout).toMatch(/2 × The address does not exist/);
  }, 30_000);

  it('asks for --columns when a CSV says neither, and uses them when given', async () => {
    const asked = await cli(['--json', at('unknown.csv')]);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toMatch(/Which columns of .*unknown\.csv/);
    const given = await cli(['--json', '--recipients', '--columns', '1,2', at('unknown.csv')]);
    expect(given.code).toBe(0);
    const doc = JSON.parse(given.stdout) as { recipients: { recipient: string }[] };
    expect(doc.recipients.map((r) => r.recipient)).toEqual([
      'ann.lee@gmail.com',
      'dee@receiver.example',
    ]);
  }, 30_000);

  it('reads a folder as the files in it', async () => {
    const folder = at('saved');
    await mkdir(folder, { recursive: true });
    for (const f of EML_FOLDER) await writeFile(join(folder, f.name), f.text);
    const run = await cli(['--json', folder]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { summary: { failed: number }; files: string[] };
    expect(doc.summary.failed).toBe(5);
    expect(doc.files).toHaveLength(EML_FOLDER.length);
  }, 30_000);

  it('reports unreadable files and usage errors with their exit codes', async () => {
    const missing = await cli([at('nope.eml'), at('bounces.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.eml: ENOENT/);
    expect(missing.stdout).toMatch(/The address does not exist/);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--columns', 'x', 'a.csv'])).code).toBe(2);
  }, 30_000);
});
