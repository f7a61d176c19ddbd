/**
 * npm run bench:dns [-- --runs N] [--latency MS] [--same-thread] [--verbose]
 *
 * The full battery of checks for a realistic sender (src/engine/test-support/sender.ts: SPF
 * nesting include: three deep with a and mx at the deepest level, DMARC with external reports,
 * a 2048-bit DKIM key, FCrDNS, every blocklist with its self-test, the recipient's MX, MTA-STS
 * and TLS-RPT), asked the way the app asks: the DoH resolver over the local DoH server, inside
 * the usual resolver stack with a fresh cache, every check in parallel through runChecks.
 *
 * The server waits `latency` ms (default 50) before each answer, so no run can beat the longest
 * chain of queries that depend on each other x latency: the physical limit. The chain is
 * derived from the answers themselves, not typed in: a query's depth is 1 when no answer named
 * it (its name comes from the sender's details), else 1 + the smallest depth of an answer that
 * revealed it (an SPF term, an MX or PTR target, a DMARC report address, a CNAME target). A
 * name both given and revealed (the HELO name is also the PTR name) counts as revealed; that
 * does not make the limit here, which is SPF's TXT x4 -> MX -> A. The
 * bar is total / limit <= 1.25, on the median of the runs, after one warm-up run. The MTA-STS
 * policy file is HTTPS, not DNS, and is served from memory. Questions cancelled because no
 * result needed them any more (SPF stops at the first match) are no part of the limit.
 *
 * The DoH server (scripts/doh-server.ts) runs in this process but on a thread of its own, as a
 * real one runs on a machine of its own: on the benchmark's thread, its work answering the
 * first burst of ~50 questions would hold up the client's event loop and be counted as the
 * engine's. `--same-thread` runs it on the benchmark's thread anyway, for comparison.
 *
 * Also checked each run: the SPF result is exactly what strictly sequential evaluation gives.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { runChecks } from '../src/engine/checks/run-checks.ts';
import { checkHost } from '../src/engine/checks/spf/check-host.ts';
import type { SpfDetails } from '../src/engine/checks/spf/index.ts';
import { POLICY, SENDER, senderDetails, senderZone } from '../src/engine/test-support/sender.ts';
import { DNS_CHECK_IDS } from '../src/engine/checks/checks.ts';
import type { CheckResult } from '../src/engine/checks/types.ts';
import {
  answerTexts,
  createDohResolver,
  createResolverStack,
  customEndpoint,
  DnsError,
  zoneResolver,
  type RecordType,
  type Resolver,
  type Zone,
} from '../src/engine/dns/index.ts';
import { startDohServer } from './doh-server.ts';
import { rsaPublicKey } from '../src/engine/test-support/keys.ts';

const BAR = 1.25;

/** One question that left for the DoH server, and what came back. */
interface Asked {
  name: string;
  type: RecordType;
  records: string[];
  /** ms since the battery started. */
  askedAt: number;
  answeredAt?: number;
  /** Cancelled because nothing needed the answer any more (SPF stopped at a match). */
  cancelled?: boolean;
}

/** A name an answer makes someone ask about: exactly, or any name ending in `suffix`. */
interface Lead {
  name?: string;
  suffix?: string;
  types?: RecordType[];
}

const ADDRESS: RecordType[] = ['A', 'AAAA'];
const bare = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** RFC 7208 s5: the names an SPF record's terms look up (macros are left out). */
function spfLeads(record: string, at: string): Lead[] {
  const leads: Lead[] = [];
  for (const raw of record.split(/\s+/).slice(1)) {
    const term = raw.replace(/^[+\-~?]/, '');
    const match = /^(include|a|mx|exists|ptr)(?::([^/]*))?(?:\/.*)?$|^(redirect)=(.*)$/i.exec(term);
    if (!match) continue;
    const kind = (match[1] ?? match[3] ?? '').toLowerCase();
    const target = bare(match[2] ?? match[4] ?? at);
    if (target.includes('%')) continue;
    if (kind === 'include' || kind === 'redirect') leads.push({ name: target, types: ['TXT'] });
    if (kind === 'a') leads.push({ name: target, types: ADDRESS });
    if (kind === 'mx') leads.push({ name: target, types: ['MX'] });
    if (kind === 'exists') leads.push({ name: target, types: ['A'] });
    if (kind === 'ptr') leads.push({ suffix: '.arpa', types: ['PTR'] });
  }
  return leads;
}

/** RFC 7489 s7.1: a report address outside the domain is asked about under _report._dmarc. */
function dmarcLeads(record: string): Lead[] {
  const addresses = [...record.matchAll(/mailto:[^@,;\s]+@([^!,;\s]+)/gi)];
  return addresses.map((m) => ({ suffix: `._report._dmarc.${bare(m[1] ?? '')}`, types: ['TXT'] }));
}

function leadsOf(asked: Asked): Lead[] {
  switch (asked.type) {
    case 'TXT':
      return asked.records.flatMap((text) => {
        if (/^v=spf1(\s|$)/i.test(text)) return spfLeads(text, asked.name);
        if (/^v=DMARC1/i.test(text)) return dmarcLeads(text);
        return [];
      });
    case 'MX':
      return asked.records.map((mx) => ({
        name: bare(mx.split(' ')[1] ?? ''),
        types: [...ADDRESS, 'CNAME'],
      }));
    case 'PTR':
    case 'CNAME':
      return asked.records.map((name) => ({ name: bare(name) }));
    default:
      return [];
  }
}

const leadsTo = (lead: Lead, q: Asked) =>
  (!lead.types || lead.types.includes(q.type)) &&
  (lead.name !== undefined ? lead.name === bare(q.name) : bare(q.name).endsWith(lead.suffix ?? ''));

/**
 * Depth of each question in the chain of answers that led to it: 1 for names known from the
 * start, else 1 + the least depth among the answers that revealed it. Returns the depths and,
 * for each question, the answer it came from (to print the longest chain).
 */
function dependencyDepths(asked: readonly Asked[]): { depth: number[]; via: number[] } {
  const leads = asked.map(leadsOf);
  const revealers = asked.map((q, i) =>
    asked.flatMap((_, r) => (r !== i && leads[r]?.some((lead) => leadsTo(lead, q)) ? [r] : [])),
  );
  const depth = asked.map((_, i) => ((revealers[i]?.length ?? 0) === 0 ? 1 : Infinity));
  const via = asked.map(() => -1);
  for (let changed = true; changed;) {
    changed = false;
    asked.forEach((_, i) => {
      for (const r of revealers[i] ?? []) {
        const through = (depth[r] ?? Infinity) + 1;
        if (through < (depth[i] ?? Infinity)) {
          depth[i] = through;
          via[i] = r;
          changed = true;
        }
      }
    });
  }
  return { depth, via };
}

/** Records every question that reaches the network (it sits under the cache). */
function recording(resolver: Resolver, asked: Asked[], clock: () => number): Resolver {
  return async (name, type, options) => {
    const entry: Asked = { name: bare(name), type, records: [], askedAt: clock() };
    asked.push(entry);
    try {
      const answer = await resolver(name, type, options);
      entry.records = answerTexts(type, answer) ?? [];
      return answer;
    } catch (error) {
      entry.cancelled = error instanceof DnsError && error.kind === 'aborted';
      throw error;
    } finally {
      entry.answeredAt = clock();
    }
  };
}

interface Run {
  totalMs: number;
  chain: Asked[];
  limitMs: number;
  ratio: number;
  networkQueries: number;
  questions: number;
  results: CheckResult[];
  asked: Asked[];
}

async function battery(url: string, latencyMs: number): Promise<Run> {
  const asked: Asked[] = [];
  let started = performance.now();
  const clock = () => performance.now() - started;
  const doh = createDohResolver({ fetch: globalThis.fetch, endpoints: [customEndpoint(url)] });
  const stack = createResolverStack(recording(doh, asked, clock));
  const ctx = { resolver: stack.resolver, sender: senderDetails() };
  const fetchText = async () => ({ ok: true as const, text: POLICY });
  started = performance.now();
  const results = await runChecks(DNS_CHECK_IDS, { ...ctx, fetchText });
  const totalMs = clock();
  // A cancelled question was not needed for any result, so it is no part of the limit.
  const needed = asked.filter((q) => !q.cancelled);
  const { depth, via } = dependencyDepths(needed);
  const deepest = depth.reduce((best, d, i) => (d > (depth[best] ?? 0) ? i : best), 0);
  const chain: Asked[] = [];
  for (let i = deepest; i >= 0; i = via[i] ?? -1) chain.unshift(needed[i] as Asked);
  const limitMs = chain.length * latencyMs;
  return {
    totalMs,
    chain,
    limitMs,
    ratio: totalMs / limitMs,
    networkQueries: asked.length,
    questions: stack.log.queries.length,
    results,
    asked,
  };
}

/** The battery's SPF evaluation must equal a strictly sequential one over the same zone. */
async function sameAsSequential(spf: CheckResult | undefined, zone: Zone) {
  const evaluation = (spf?.details as SpfDetails | undefined)?.evaluation;
  const sequential = await checkHost({
    ip: SENDER.ip,
    domain: SENDER.domain,
    sender: SENDER.from,
    helo: SENDER.helo,
    resolver: zoneResolver(zone),
    prefetch: false,
  });
  return JSON.stringify(evaluation) === JSON.stringify(sequential);
}

interface Server {
  url: string;
  close(): Promise<void>;
}

/** The worker is plain JavaScript that loads doh-server.ts through tsx, as this script is run. */
const SERVER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(({ tsImport }) => tsImport(workerData.serverModule, workerData.serverModule))
  .then(async ({ startDohServer }) => {
    const server = await startDohServer({ zone: workerData.zone, latencyMs: workerData.latencyMs });
    parentPort.postMessage(server.url);
    parentPort.once('message', () => server.close().then(() => parentPort.close()));
  });`;

async function startServer(zone: Zone, latencyMs: number, sameThread: boolean): Promise<Server> {
  if (sameThread) return startDohServer({ zone, latencyMs });
  const workerData = {
    tsxApi: import.meta.resolve('tsx/esm/api'),
    serverModule: new URL('./doh-server.ts', import.meta.url).href,
    zone,
    latencyMs,
  };
  const worker = new Worker(SERVER_THREAD, { eval: true, workerData });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url,
    close: async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '7' },
      latency: { type: 'string', default: '50' },
      'same-thread': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const latencyMs = Number(values.latency);
  if (!(runs >= 1 && latencyMs >= 1)) throw new Error('--runs and --latency want positive numbers');
  const key = rsaPublicKey();
  const zone = senderZone(key);
  const server = await startServer(zone, latencyMs, values['same-thread']);
  try {
    await battery(server.url, latencyMs); // warm-up: JIT, module loading
    const measured: Run[] = [];
    for (let i = 1; i <= runs; i++) {
      const run = await battery(server.url, latencyMs);
      const spfOk = await sameAsSequential(
        run.results.find((r) => r.id === 'spf'),
        zone,
      );
      if (!spfOk) throw new Error('the SPF result differs from sequential evaluation');
      const verdicts = run.results.map((r) => `${r.id}=${r.verdict}`).join(' ');
      process.stdout.write(
        `run ${i}: total ${run.totalMs.toFixed(0)} ms, limit ${run.limitMs} ms ` +
          `(${run.chain.length} dependent queries x ${latencyMs} ms), ratio ${run.ratio.toFixed(3)}, ` +
          `${run.networkQueries} DNS queries (${run.questions} questions asked by the checks)\n` +
          `       ${verdicts}\n`,
      );
      if (values.verbose) {
        for (const q of run.asked) {
          const answered = q.answeredAt === undefined ? '-' : q.answeredAt.toFixed(1);
          process.stdout.write(
            `       ${q.askedAt.toFixed(1).padStart(6)} ${answered.padStart(6)} ${q.type} ${q.name}${q.cancelled ? ' (cancelled)' : ''}\n`,
          );
        }
      }
      measured.push(run);
    }
    const last = measured.at(-1) as Run;
    const chain = last.chain.map((q) => `${q.type} ${q.name}`).join(' -> ');
    const total = median(measured.map((r) => r.totalMs));
    const ratio = median(measured.map((r) => r.ratio));
    process.stdout.write(
      `\nlongest chain: ${chain}\n` +
        `median of ${runs}: total ${total.toFixed(0)} ms, limit ${last.limitMs} ms, ` +
        `ratio ${ratio.toFixed(3)} (bar <= ${BAR}), ${last.networkQueries} DNS queries; ` +
        `SPF result identical to sequential evaluation\n` +
        `${ratio <= BAR ? 'PASS' : 'FAIL'}\n`,
    );
    return ratio <= BAR ? 0 : 1;
  } finally {
    await server.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:dns: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
