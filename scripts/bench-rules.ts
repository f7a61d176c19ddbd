/**
 * npm run bench:rules — what matching the server's text costs as the wording rules grow.
 * The texts are the corpus's one-line diagnostics and the wordings catalogue's rows (or the
 * rules' own examples when neither is present). Compared: trying every rule's pattern on every
 * text (the naive way), and the keyword index (rules/wordings/match.ts), with the real rule set
 * and with ten times as many rules (each rule copied nine times with its literals made unique,
 * so the copies match nothing the real rules do and show the index's cost of growing).
 */
import { WORDING_RULES } from '../src/engine/rules/wordings/index.ts';
import { wordingMatcher } from '../src/engine/rules/wordings/match.ts';
import { corpusDir, loadCorpus } from './lib/corpus.ts';
import { knowledgeDir, loadWordings, wordingText } from './lib/wordings.ts';
import type { WordingRule } from '../src/engine/rules/wordings/types.ts';

const prepare = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
const texts: string[] = [];
const corpus = corpusDir();
if (corpus) texts.push(...loadCorpus(corpus).strings.map((s) => s.text));
const knowledge = knowledgeDir();
if (knowledge) texts.push(...loadWordings(knowledge).map(wordingText));
if (texts.length === 0) texts.push(...WORDING_RULES.map((rule) => rule.example));
const prepared = texts.map(prepare);

/**
 * A copy of a rule whose letters are shifted (outside character classes and escapes), so that
 * it requires literals no text contains.
 */
function copy(rule: WordingRule, n: number): WordingRule {
  const shift = (source: string) =>
    source.replace(/\\.|\[(?:\\.|[^\]])*\]|[a-z]/g, (token) =>
      token.length > 1 ? token : String.fromCharCode(((token.charCodeAt(0) - 97 + n) % 26) + 97),
    );
  return { ...rule, id: `${rule.id}.copy${n}`, pattern: new RegExp(shift(rule.pattern.source)) };
}
const tenfold = WORDING_RULES.flatMap((rule) => [
  rule,
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => copy(rule, n)),
]);

function naive(rules: readonly WordingRule[]) {
  return (text: string) => {
    for (const rule of rules) rule.pattern.exec(text);
  };
}

function time(label: string, run: (text: string) => void) {
  for (let i = 0; i < 3; i++) for (const text of prepared) run(text);
  const rounds: number[] = [];
  for (let r = 0; r < 15; r++) {
    const start = performance.now();
    for (const text of prepared) run(text);
    rounds.push(performance.now() - start);
  }
  rounds.sort((a, b) => a - b);
  const perText = (rounds[Math.floor(rounds.length / 2)]! * 1000) / prepared.length;
  console.log(`${label.padEnd(44)} ${perText.toFixed(1).padStart(7)} µs per text`);
  return perText;
}

console.log(`${prepared.length} texts; ${WORDING_RULES.length} rules, then ${tenfold.length}`);
const naive1 = time(`every rule tried (${WORDING_RULES.length} rules)`, naive(WORDING_RULES));
const naive10 = time(`every rule tried (${tenfold.length} rules)`, naive(tenfold));
const indexed = wordingMatcher(WORDING_RULES);
const indexed10 = wordingMatcher(tenfold);
const index1 = time(`keyword index (${WORDING_RULES.length} rules)`, (t) => indexed.match(t));
const index10 = time(`keyword index (${tenfold.length} rules)`, (t) => indexed10.match(t));
console.log(
  `tenfold rules: every rule tried ×${(naive10 / naive1).toFixed(1)}, keyword index ×${(index10 / index1).toFixed(1)}`,
);
