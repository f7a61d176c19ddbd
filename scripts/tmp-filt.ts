import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseBounce } from '../src/engine/index.ts';
import { corpusDir, loadCorpus } from './lib/corpus.ts';
import { corpusHeldAside } from './lib/score.ts';
const dir = corpusDir()!;
const { files, strings } = loadCorpus(dir);
const rows: string[] = [];
for (const f of files) {
  if (corpusHeldAside(f.format)) continue;
  const res = classify(parseBounce(new Uint8Array(readFileSync(join(dir, f.file)))));
  for (const e of f.expected) {
    const g = res.find((r) => r.index === e.index);
    if (!g) continue;
    if (
      (e.reason === 'filtered' || e.reason === 'userunknown') &&
      (g.reason === 'userunknown' || g.reason === 'filtered')
    )
      rows.push(
        `${e.reason === g.reason ? 'ok  ' : 'MISS'} exp=${e.reason} cmd=${g.source.command ?? '-'} st=${g.status} rc=${g.replyCode} ${f.format} | ${g.diagnostic.slice(0, 70)}`,
      );
  }
}
for (const s of strings) {
  const g = classify(parseBounce(s.text))[0];
  if (!g) continue;
  if (
    (s.expected.includes('filtered') || s.expected.includes('userunknown')) &&
    (g.reason === 'userunknown' || g.reason === 'filtered')
  )
    rows.push(
      `${s.expected.includes(g.reason) ? 'ok  ' : 'MISS'} exp=${s.expected.join('|')} cmd=${g.source.command ?? '-'} st=${g.status} rc=${g.replyCode} STRING | ${s.text.slice(0, 70)}`,
    );
}
rows.sort();
console.log(rows.join('\n'));
