/**
 * npm run bench:triage — the batch engine end to end (read, classify, group), in-process:
 *   1. 10,000 bounce messages: the corpus (../shared/corpus, read in place) repeated, or
 *      generated delivery-status messages when the corpus is absent;
 *   2. a generated 100,000-row sending-service CSV (SendGrid's bounces export columns), fed in
 *      1 MB chunks as a file stream would be.
 * Prints rows/s and messages/s against the bars (10,000 CSV rows/s, 5,000 messages/s) and the
 * memory used. A benchmark, not a test: on a shared machine the figures move.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTriage, triageStream, type Triage } from '../src/engine/index.ts';
import {
  dsnMessage,
  MAILBOX_FULL,
  SPAMHAUS_BLOCK,
  UNKNOWN_USER,
} from '../src/engine/test-support/batch-fixtures.ts';
import { corpusDir, loadCorpus } from './lib/corpus.ts';

const MESSAGES = 10_000;
const CSV_ROWS = 100_000;
const CSV_BAR = 10_000;
const MESSAGE_BAR = 5_000;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function messages(): { source: string; inputs: Uint8Array[] } {
  const dir = corpusDir();
  const base = dir
    ? loadCorpus(dir).files.map((f) => new Uint8Array(readFileSync(join(dir, f.file))))
    : [UNKNOWN_USER, MAILBOX_FULL, SPAMHAUS_BLOCK].map((kind, i) =>
        new TextEncoder().encode(dsnMessage({ to: `user${i}@example.org`, ...kind }, i)),
      );
  const inputs = Array.from({ length: MESSAGES }, (_, i) => base[i % base.length]!);
  return {
    source: dir ? `the corpus (${base.length} messages) repeated` : 'generated messages',
    inputs,
  };
}

const REASONS = [
  ['5.1.1', UNKNOWN_USER.diagnostic],
  ['5.1.1', '550 5.1.1 <{to}>: Recipient address rejected: User unknown in virtual mailbox table'],
  ['4.2.2', '452 4.2.2 Mailbox full'],
  ['5.7.1', SPAMHAUS_BLOCK.diagnostic],
  [
    '5.7.26',
    '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
  ],
  [
    '5.7.1',
    "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
  ],
  ['4.7.0', '421 4.7.0 Try again later, closing connection.'],
  ['5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'],
] as const;
const DOMAINS = [
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'example.org',
  'example.net',
  'receiver.example',
];

function csv(): Uint8Array {
  const lines = ['created,email,reason,status'];
  for (let i = 0; i < CSV_ROWS; i++) {
    const [status, reason] = REASONS[i % REASONS.length]!;
    const to = `user${i}@${DOMAINS[i % DOMAINS.length]}`;
    lines.push(
      `${1709200000 + i},${to},"${reason.replace('{to}', to).replace(/"/g, '""')}",${status}`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

async function time(run: (triage: Triage) => Promise<void>) {
  const triage = createTriage();
  const start = performance.now();
  await run(triage);
  return { ms: performance.now() - start, triage };
}

const { source, inputs } = messages();
const bytes = inputs.reduce((sum, input) => sum + input.length, 0);
// Warm-up: one pass over the distinct messages compiles the rule tables.
await time(async (triage) => {
  for (const input of inputs.slice(0, 500)) await triageStream('warm-up.eml', [input], { triage });
});
const ids = { next: 0 };
const messageRun = await time(async (triage) => {
  for (const [i, input] of inputs.entries()) {
    await triageStream(`message-${i}.eml`, [input], { triage, ids });
    if (i % 1000 === 0) sample();
  }
});
sample();
const messageRate = (MESSAGES / messageRun.ms) * 1000;
console.log(`messages: ${MESSAGES.toLocaleString('en')} (${source}, ${mb(bytes)})`);
console.log(
  `  ${messageRun.ms.toFixed(0)} ms, ${Math.round(messageRate).toLocaleString('en')} messages/s (bar ${MESSAGE_BAR.toLocaleString('en')}/s: ${messageRate >= MESSAGE_BAR ? 'met' : 'NOT met'}), ${messageRun.triage.summary().recipients.toLocaleString('en')} recipients in ${messageRun.triage.groups().length} groups`,
);

const data = csv();
const chunks = function* () {
  for (let at = 0; at < data.length; at += 1 << 20) {
    if (at % (8 << 20) === 0) sample();
    yield data.subarray(at, at + (1 << 20));
  }
};
const heapBefore = process.memoryUsage().heapUsed;
const csvRun = await time(async (triage) => {
  await triageStream('bounces.csv', chunks(), { triage });
});
sample();
const csvRate = (CSV_ROWS / csvRun.ms) * 1000;
console.log(
  `CSV: ${CSV_ROWS.toLocaleString('en')} rows (generated, SendGrid bounces columns, ${mb(data.length)})`,
);
console.log(
  `  ${csvRun.ms.toFixed(0)} ms, ${Math.round(csvRate).toLocaleString('en')} rows/s (bar ${CSV_BAR.toLocaleString('en')}/s: ${csvRate >= CSV_BAR ? 'met' : 'NOT met'}), ${csvRun.triage.summary().recipients.toLocaleString('en')} recipients in ${csvRun.triage.groups().length} groups`,
);
const memory = process.memoryUsage();
console.log(
  `memory: peak RSS ${mb(peakRss)}, heap now ${mb(memory.heapUsed)} (the CSV run added ${mb(Math.max(0, memory.heapUsed - heapBefore))}; rows are counted, not kept)`,
);
