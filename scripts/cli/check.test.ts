import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENDER, senderZone } from '../../src/engine/test-support/sender.ts';
import type { CheckResult } from '../../src/engine/checks/types.ts';
import { startDohServer, type DohServer } from '../doh-server.ts';
import { senderFrom } from './check.ts';
import { rsaPublicKey } from '../../src/engine/test-support/keys.ts';

const root = join(import.meta.dirname, '..', '..');
const key = rsaPublicKey();
const zone = senderZone(key);
let dir = '';
let zonePath = '';
let server: DohServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-cli-'));
  zonePath = join(dir, 'zone.json');
  await writeFile(zonePath, JSON.stringify(zone));
  server = await startDohServer({ zone });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/cli.ts as `npm run -s cli` does, minus the bundling step. */
function cli(args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', 'check', ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Output {
  from: string;
  ip: string;
  resolver: { kind: string; file?: string; url?: string };
  checks: CheckResult[];
}

const sender = ['--from', SENDER.from, '--ip', SENDER.ip, '--helo', SENDER.helo];
const full = [...sender, '--selector', SENDER.selector, '--rcpt', SENDER.recipient];
const HEALTHY = [
  ['address', 'pass'],
  ['spf', 'pass'],
  ['dkim', 'pass'],
  ['dmarc', 'pass'],
  ['reverse-dns', 'pass'],
  ['blocklists', 'warn'],
  ['tls-policy', 'unknown'],
  ['bulk-sender', 'pass'],
];
const verdicts = (out: Output) => out.checks.map((c) => [c.id, c.verdict]);

describe('cli check', () => {
  it('--zone: one JSON document with every check, exit 0', async () => {
    const ran = await cli(['--zone', zonePath, ...full]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as Output;
    expect(out).toMatchObject({
      from: SENDER.from,
      ip: SENDER.ip,
      resolver: { kind: 'zone', file: zonePath },
    });
    // The MTA-STS policy file is not downloaded by the CLI, and it says so.
    expect(verdicts(out)).toEqual(HEALTHY);
    const tls = out.checks.find((c) => c.id === 'tls-policy');
    expect(tls?.manualCheck).toContain('https://mta-sts.example.org/.well-known/mta-sts.txt');
    expect(out.checks.every((c) => Array.isArray(c.queries) && c.finding)).toBe(true);
  }, 30_000);

  it('without --rcpt the recipient checks are unknown with the reason; DKIM guesses', async () => {
    const ran = await cli(['--zone', zonePath, ...sender]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as Output;
    for (const id of ['address', 'tls-policy']) {
      const check = out.checks.find((c) => c.id === id);
      expect(check).toMatchObject({ verdict: 'unknown', queries: [] });
      expect(check?.unknownReason).toMatch(/recipient/i);
    }
    const dkim = out.checks.find((c) => c.id === 'dkim');
    expect(dkim?.queries.length).toBeGreaterThan(10);
  }, 30_000);

  it('--doh: the same verdicts through the local DoH server; only the question leaves', async () => {
    server.requests.length = 0;
    const ran = await cli(['--doh', server.url, ...full]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as Output;
    expect(out.resolver).toEqual({ kind: 'doh', url: server.url });
    expect(verdicts(out)).toEqual(HEALTHY);
    expect(server.requests.length).toBeGreaterThan(50);
    for (const request of server.requests) {
      expect(request.cookie).toBeUndefined();
      expect(request.referer).toBeUndefined();
    }
  }, 30_000);

  it('--doh to a server that is down: every check unknown, still exit 0', async () => {
    const gone = await startDohServer({ zone: {} });
    await gone.close();
    const ran = await cli(['--doh', gone.url, '--timeout', '3000', ...full]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as Output;
    expect(out.checks.map((c) => c.verdict)).toEqual(out.checks.map(() => 'unknown'));
    expect(out.checks.every((c) => c.unknownReason && c.manualCheck)).toBe(true);
  }, 30_000);

  it.each([
    ['no resolver', sender],
    ['both resolvers', ['--zone', 'z.json', '--doh', 'https://dns.example/dns-query', ...sender]],
    ['no --from', ['--zone', 'z.json', '--ip', SENDER.ip]],
    ['no --ip', ['--zone', 'z.json', '--from', SENDER.from]],
    ['an unknown option', ['--zone', 'z.json', ...sender, '--bogus']],
    ['a --doh that is not a URL', ['--doh', 'dns.example', ...sender]],
    ['a zone file that does not exist', ['--zone', '/nonexistent/zone.json', ...sender]],
    ['a bad --timeout', ['--zone', 'z.json', ...sender, '--timeout', 'soon']],
  ])(
    'exits 2 with the usage on stderr for %s',
    async (_, args) => {
      const ran = await cli(args);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain('usage: npm run -s cli -- check');
    },
    30_000,
  );

  it('--help prints the usage on stdout, exit 0', async () => {
    const ran = await cli(['--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('--rcpt ADDR');
  }, 30_000);
});

describe('senderFrom', () => {
  const base = { ip: '192.0.2.1', selectors: [] };
  it('takes an address (with or without a display name) as From and envelope', () => {
    expect(senderFrom({ ...base, from: 'News <news@Example.COM>' })).toMatchObject({
      fromAddress: 'news@Example.COM',
      envelopeAddress: 'news@Example.COM',
      fromDomain: 'example.com',
      envelopeDomain: 'example.com',
    });
  });
  it('takes a bare domain; selectors become DKIM signatures of the From domain', () => {
    const details = senderFrom({ ...base, from: 'example.com.', selectors: ['s1', 's2'] });
    expect(details.fromAddress).toBeUndefined();
    expect(details).toMatchObject({
      fromDomain: 'example.com',
      envelopeDomain: 'example.com',
      dkim: [
        { domain: 'example.com', selector: 's1' },
        { domain: 'example.com', selector: 's2' },
      ],
    });
  });
});
