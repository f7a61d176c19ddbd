/**
 * npm run eval:recipients — failed-recipient precision and recall over the project's written
 * bounces (src/engine/parse/fixtures) and over the corpus (../shared/corpus or $BOUNCE_CORPUS),
 * whose formats hashing to bucket 0 are kept aside: scored on their own, their misses never shown.
 */
import { corpusDir, loadCorpus } from './lib/corpus.ts';
import {
  precision,
  recall,
  scoreCorpus,
  scoreFixtures,
  type Tally,
} from './lib/recipient-score.ts';

const limit = Number(process.env.MISSES ?? 20);

function line(name: string, t: Tally): string {
  return `${name.padEnd(22)} precision ${precision(t).toFixed(1)}%  recall ${recall(t).toFixed(1)}%  (${t.found} found, ${t.wrong} wrong, ${t.missed} missed)`;
}

function misses(name: string, t: Tally): void {
  if (limit <= 0 || t.misses.length === 0) return;
  console.log(`\n${name}: misses`);
  for (const miss of t.misses.slice(0, limit)) console.log(`  ${miss}`);
}

const fixtures = scoreFixtures();
misses('fixtures', fixtures);
const dir = corpusDir();
const corpus = dir ? loadCorpus(dir).files : undefined;
const working = dir && corpus ? scoreCorpus(dir, corpus, false) : undefined;
const aside = dir && corpus ? scoreCorpus(dir, corpus, true) : undefined;
if (working) misses('corpus (working part)', working);

console.log('');
console.log(line('fixtures', fixtures));
if (working && aside) {
  console.log(line('corpus, working part', working));
  console.log(line('corpus, kept aside', aside));
} else {
  console.log('corpus: not found (set BOUNCE_CORPUS or place it at ../shared/corpus); not scored.');
}
