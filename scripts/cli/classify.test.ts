import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmarcGzip, tlsReportMail } from '../../src/engine/test-support/report-samples.ts';
import { baseMsg, mutatedMsg } from '../../src/features/paste/test-support/mutated-msg.ts';

const root = join(import.meta.dirname, '..', '..');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'classify-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  rows: Record<string, unknown>[];
  stderr: string;
  code: number;
}

/** Runs the CLI the way the README does (the bundled script), with optional standard input. */
function cli(args: string[], stdin?: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      'node',
      ['scripts/run-bundled.mjs', 'scripts/cli.ts', 'classify', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const rows = stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        done({ rows, stderr, code: error ? Number(error.code) : 0 });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const DSN = [
  'From: MAILER-DAEMON@mx.example.net',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain',
  '',
  'Your message could not be delivered.',
  '',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; alice@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown',
  '',
  'Final-Recipient: rfc822; bob@example.org',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 <bob@example.org>: Mailbox full',
  '',
  '--b--',
  '',
].join('\r\n');

describe('cli classify --json', () => {
  it('prints one row per failed recipient, fields in the contract order', async () => {
    const path = await file('two.eml', DSN);
    const { rows, code, stderr } = await cli(['--json', path]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(rows.map((row) => Object.keys(row))).toEqual([
      [
        'file',
        'index',
        'recipient',
        'reason',
        'status',
        'replyCode',
        'hardBounce',
        'permanent',
        'provider',
        'providerCode',
        'diagnostic',
        'remoteMta',
        'summary',
      ],
      expect.any(Array),
    ]);
    expect(
      rows.map(({ file, index, recipient, reason, status, replyCode, hardBounce, permanent }) => ({
        file,
        index,
        recipient,
        reason,
        status,
        replyCode,
        hardBounce,
        permanent,
      })),
    ).toEqual([
      {
        file: path,
        index: 1,
        recipient: 'alice@example.org',
        reason: 'userunknown',
        status: '5.1.1',
        replyCode: 550,
        hardBounce: true,
        permanent: true,
      },
      {
        file: path,
        index: 2,
        recipient: 'bob@example.org',
        reason: 'mailboxfull',
        status: '5.2.2',
        replyCode: 552,
        hardBounce: false,
        permanent: true,
      },
    ]);
  });

  it('says isBounce false for a file that is not a bounce, and keeps going past an unreadable one', async () => {
    const note = await file('note.txt', 'Lunch at noon?\n');
    const missing = join(dir, 'missing.eml');
    const { rows, code, stderr } = await cli(['--json', missing, note]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${missing}: ENOENT`);
    expect(rows).toEqual([
      {
        file: note,
        isBounce: false,
        reason: null,
        warnings: [expect.stringMatching(/does not read as a bounce/)],
      },
    ]);
  });

  it('names another kind of report and sums it up, with no bounce reason', async () => {
    const gz = join(dir, 'mailbox.example!sender.example!1741046400!1741132799.xml.gz');
    await writeFile(gz, dmarcGzip());
    const tls = await file('tls.eml', tlsReportMail());
    const { rows, code } = await cli(['--json', gz, tls]);
    expect(code).toBe(0);
    expect(rows).toEqual([
      {
        file: gz,
        isBounce: false,
        reason: null,
        report: 'dmarc-aggregate',
        summary: expect.stringMatching(
          /^A DMARC aggregate report from mailbox\.example .* 11 messages failed DMARC/,
        ),
      },
      {
        file: tls,
        isBounce: false,
        reason: null,
        report: 'tls-rpt',
        summary: expect.stringMatching(/37 sessions failed: certificate-expired \(30\)/),
      },
    ]);
  });

  it('treats each line as its own bounce with --lines, numbering lines from 1', async () => {
    const path = await file(
      'lines.txt',
      '550 5.1.1 <a@example.org>: User unknown\n\n421 4.7.0 Try again later, closing connection\n',
    );
    const { rows, code } = await cli(['--json', '--lines', path]);
    expect(code).toBe(0);
    expect(rows.map(({ line, reason, hardBounce }) => ({ line, reason, hardBounce }))).toEqual([
      { line: 1, reason: 'userunknown', hardBounce: true },
      { line: 3, reason: expect.any(String), hardBounce: false },
    ]);
    expect(rows.every((row) => !('file' in row))).toBe(true);
  });

  it('reads a folder as the files in it and its subfolders, by name, skipping hidden ones', async () => {
    const folder = join(dir, 'maildir');
    await mkdir(join(folder, 'cur'), { recursive: true });
    await mkdir(join(folder, '.Trash'), { recursive: true });
    await writeFile(join(folder, 'cur', 'b.eml'), DSN);
    await writeFile(join(folder, 'a.eml'), DSN);
    await writeFile(join(folder, '.Trash', 'c.eml'), DSN);
    const { rows, code } = await cli(['--json', folder]);
    expect(code).toBe(0);
    expect(rows.map((row) => String(row.file).slice(folder.length + 1))).toEqual([
      'a.eml',
      'a.eml',
      join('cur', 'b.eml'),
      join('cur', 'b.eml'),
    ]);
  });

  it('run by npm, reads paths from the folder npm was called in (INIT_CWD)', async () => {
    await file('here.eml', DSN);
    const { rows, code } = await cli(['--json', 'here.eml'], undefined, {
      npm_lifecycle_event: 'cli',
      INIT_CWD: dir,
    });
    expect(code).toBe(0);
    expect(rows.map((row) => row.file)).toEqual(['here.eml', 'here.eml']);
  });

  it('reads standard input for "-"', async () => {
    const { rows, code } = await cli(['--json', '-'], DSN);
    expect(code).toBe(0);
    expect(rows.map((row) => [row.file, row.recipient])).toEqual([
      ['-', 'alice@example.org'],
      ['-', 'bob@example.org'],
    ]);
  });

  it('reads an Outlook .msg whose report travels as an attachment', async () => {
    // From postmaster@example.net, a delivery-status attachment for carol@example.org.
    const path = await file('bounce.msg', baseMsg());
    const { rows, code, stderr } = await cli(['--json', path]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(rows).toMatchObject([
      { file: path, recipient: 'carol@example.org', reason: 'userunknown', status: '5.1.1' },
    ]);
  });

  it('reports a broken .msg on standard error', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const path = await file('broken.msg', bytes);
    const { rows, code, stderr } = await cli(['--json', path]);
    expect(code).toBe(1);
    expect(rows).toEqual([]);
    expect(stderr).toContain(`cannot read ${path} as an Outlook .msg`);
  });

  it('says why a hostile .msg could not be read, and goes on with the batch', async () => {
    const looping = await file('looping.msg', mutatedMsg(17));
    const first = await file('first.eml', DSN);
    const last = await file('last.eml', DSN);
    const { rows, code, stderr } = await cli(['--json', first, looping, last]);
    expect(code).toBe(1);
    expect(rows.map((row) => row.file)).toEqual([first, first, last, last]);
    expect(stderr).toBe(
      `classify: cannot read ${looping} as an Outlook .msg: the directory entries form a loop\n`,
    );
  });

  it('stops a .msg that runs over the time budget, then reads the next in a new reader', async () => {
    const msg = await file('slow.msg', baseMsg());
    const { rows, stderr } = await cli(['--json', msg, msg], '', {
      BOUNCE_DOCTOR_MSG_BUDGET_MS: '1',
    });
    // With 1 ms, the reader's start-up alone runs over: every file is stopped, none ends the run.
    expect(rows).toEqual([]);
    expect(stderr.match(/reading took longer than 0.001 s/g)).toHaveLength(2);
  });

  it('prints the usage and exits 2 on an unknown option or no file', async () => {
    for (const args of [['--json', '--xml', 'a.eml'], ['--json']]) {
      const { code, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: npm run -s cli -- classify');
    }
  });
});
