/**
 * npm run bench:classify — in-process throughput of parseBounce + classify over the corpus
 * (messages/s and MB/s), files read into memory first so only the engine is timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseBounce } from '../src/engine/index.ts';
import { corpusDir, loadCorpus } from './lib/corpus.ts';

const dir = corpusDir();
if (!dir) {
  console.log('bench:classify: no corpus found (set BOUNCE_CORPUS); nothing to measure.');
  process.exit(0);
}
const inputs = loadCorpus(dir).files.map((f) => new Uint8Array(readFileSync(join(dir, f.file))));
const bytes = inputs.reduce((sum, input) => sum + input.length, 0);
const rounds = Number(process.env.ROUNDS ?? 50);
const WARM_UP_ROUNDS = 5;

const once = () => {
  let recipients = 0;
  for (const input of inputs) recipients += classify(parseBounce(input)).length;
  return recipients;
};
// Warm-up: compile the rule tables and let the JIT settle (one round is not enough for it to
// finish optimising the reader; the median of the timed rounds is the steady state).
for (let i = 0; i < WARM_UP_ROUNDS; i++) once();
const times: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  once();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const perSecond = (inputs.length / median) * 1000;
console.log(`corpus: ${inputs.length} messages, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds`);
console.log(`median round: ${median.toFixed(1)} ms (best ${times[0]!.toFixed(1)} ms)`);
console.log(
  `throughput: ${Math.round(perSecond).toLocaleString('en')} messages/s, ${((bytes / 1e6 / median) * 1000).toFixed(1)} MB/s`,
);
