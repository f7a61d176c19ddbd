/**
 * npm run eval:corpus — agreement with the corpus's expected answers (reason, status, one-line,
 * hard bounce),
 * with the main misses. Reads ../shared/corpus or $BOUNCE_CORPUS; exits 0 when absent.
 */
import { corpusDir, loadCorpus } from './lib/corpus.ts';
import { percent, scoreCorpus, type Miss } from './lib/score.ts';

const dir = corpusDir();
if (!dir) {
  console.log(
    'eval:corpus: no corpus found (set BOUNCE_CORPUS or place it at ../shared/corpus); nothing to score.',
  );
  process.exit(0);
}
const { files, strings } = loadCorpus(dir);
const score = scoreCorpus(dir, files, strings);
const limit = Number(process.env.MISSES ?? 15);

function report(title: string, part: { hit: number; total: number; misses: Miss[] }) {
  if (limit > 0 && part.misses.length) {
    console.log(`\n${title}: main misses (expected -> got)`);
    const byPair = new Map<string, Miss[]>();
    for (const miss of part.misses) {
      const key = `${miss.expected} -> ${miss.got}`;
      byPair.set(key, [...(byPair.get(key) ?? []), miss]);
    }
    const sorted = [...byPair.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, limit);
    for (const [pair, misses] of sorted) {
      console.log(
        `  ${String(misses.length).padStart(3)}  ${pair}   e.g. ${misses[0]!.where}: ${misses[0]!.text}`,
      );
    }
  }
}

report('reason', score.reason);
report('status', score.status);
report('one-line', score.oneLine);
report('hard bounce', score.hardBounce);
const line = (name: string, part: { hit: number; total: number }) =>
  `${name.padEnd(9)} ${percent(part).toFixed(1)}%  (${part.hit}/${part.total})`;
console.log(`\ncorpus: ${dir}`);
console.log(line('reason', score.reason));
console.log(line('status', score.status));
console.log(line('one-line', score.oneLine));
console.log(line('hard', score.hardBounce));
