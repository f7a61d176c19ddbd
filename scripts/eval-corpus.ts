/**
 * npm run eval:corpus — agreement with the corpus's expected answers (reason, status, one-line,
 * hard bounce) with the main misses, then the wordings catalogue's score. Reads ../shared/corpus
 * or $BOUNCE_CORPUS, and ../shared/knowledge or $BOUNCE_KNOWLEDGE; skips what is absent.
 *
 * Each figure is given for the whole split and, apart, for the part kept aside while rules are
 * written (mail-server families chosen by hash: scripts/lib/score.ts and wordings.ts). The misses
 * of the part kept aside are never printed.
 */
import { corpusDir, loadCorpus } from './lib/corpus.ts';
import { percent, scoreCorpus, type Miss, type Part } from './lib/score.ts';
import { scoreWordings } from './lib/score-wordings.ts';
import { knowledgeDir, loadWordings } from './lib/wordings.ts';

const limit = Number(process.env.MISSES ?? 15);

function report(title: string, misses: Miss[], max = limit) {
  if (max <= 0 || !misses.length) return;
  console.log(`\n${title}: main misses (expected -> got)`);
  const byPair = new Map<string, Miss[]>();
  for (const miss of misses) {
    const key = `${miss.expected} -> ${miss.got}`;
    byPair.set(key, [...(byPair.get(key) ?? []), miss]);
  }
  const sorted = [...byPair.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, max);
  for (const [pair, list] of sorted) {
    console.log(
      `  ${String(list.length).padStart(3)}  ${pair}   e.g. ${list[0]!.where}: ${list[0]!.text}`,
    );
  }
}

const figure = (part: Part) => `${percent(part).toFixed(1)}%  (${part.hit}/${part.total})`;
const line = (name: string, whole: Part, aside?: Part) =>
  `${name.padEnd(9)} ${figure(whole).padEnd(22)}${aside ? `kept aside ${figure(aside)}` : ''}`;

const summary: string[] = [];

const dir = corpusDir();
if (dir) {
  const { files, strings } = loadCorpus(dir);
  const score = scoreCorpus(dir, files, strings);
  report('reason', score.reason.misses);
  report('status', score.status.misses);
  report('one-line', score.oneLine.misses);
  report('hard bounce', score.hardBounce.misses);
  summary.push(
    `corpus: ${dir}`,
    line('reason', score.reason, score.aside.reason),
    line('status', score.status, score.aside.status),
    line('one-line', score.oneLine, score.aside.oneLine),
    line('hard', score.hardBounce, score.aside.hardBounce),
  );
} else {
  summary.push('corpus: none found (set BOUNCE_CORPUS or place it at ../shared/corpus)');
}

const knowledge = knowledgeDir();
if (knowledge) {
  const score = scoreWordings(loadWordings(knowledge));
  report('wordings', score.reason.misses, Number(process.env.WORDING_MISSES ?? limit));
  if (score.disputed.length) {
    console.log(
      `\nwordings: ${score.disputed.length} rows whose reason we dispute (counted as misses)`,
    );
    for (const miss of score.disputed.slice(0, limit))
      console.log(`       ${miss.expected} -> ${miss.got}   ${miss.where}: ${miss.text}`);
  }
  summary.push(
    `wordings: ${knowledge}/mta-wordings.tsv`,
    line('reason', score.reason, score.aside.reason),
    line('family', score.family, score.aside.family),
  );
}
console.log(`\n${summary.join('\n')}`);
