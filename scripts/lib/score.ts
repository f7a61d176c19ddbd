/**
 * Scores the classifier against the corpus exactly as the corpus README describes: reason and
 * status agreement per expected recipient (by file and 1-based index), and one-line agreement.
 * Hard-bounce agreement (the corpus's hardBounce 1/0 against ours) is reported alongside.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseBounce } from '../../src/engine/index.ts';
import { isRealStatus, type CorpusFile, type CorpusString } from './corpus.ts';

export interface Miss {
  where: string;
  expected: string;
  got: string;
  text: string;
}

export interface Score {
  reason: { hit: number; total: number; misses: Miss[] };
  status: { hit: number; total: number; misses: Miss[] };
  oneLine: { hit: number; total: number; misses: Miss[] };
  hardBounce: { hit: number; total: number; misses: Miss[] };
}

export function scoreCorpus(dir: string, files: CorpusFile[], strings: CorpusString[]): Score {
  const score: Score = {
    reason: { hit: 0, total: 0, misses: [] },
    status: { hit: 0, total: 0, misses: [] },
    oneLine: { hit: 0, total: 0, misses: [] },
    hardBounce: { hit: 0, total: 0, misses: [] },
  };
  for (const file of files) {
    const results = classify(parseBounce(new Uint8Array(readFileSync(join(dir, file.file)))));
    for (const expected of file.expected) {
      const got = results.find((r) => r.index === expected.index);
      const where = `${file.file}#${expected.index}`;
      const text = got?.diagnostic.slice(0, 160) ?? '(no recipient)';
      score.reason.total++;
      if (got?.reason === expected.reason) score.reason.hit++;
      else
        score.reason.misses.push({
          where,
          expected: expected.reason,
          got: got?.reason ?? '-',
          text,
        });
      score.hardBounce.total++;
      if (got && Number(got.hardBounce) === expected.hardBounce) score.hardBounce.hit++;
      else
        score.hardBounce.misses.push({
          where,
          expected: `${expected.reason} hard=${expected.hardBounce}`,
          got: got ? `${got.reason} hard=${Number(got.hardBounce)}` : '-',
          text,
        });
      if (isRealStatus(expected.status)) {
        score.status.total++;
        if (got?.status === expected.status) score.status.hit++;
        else
          score.status.misses.push({
            where,
            expected: expected.status,
            got: got?.status ?? '-',
            text,
          });
      }
    }
  }
  for (const [i, entry] of strings.entries()) {
    const got = classify(parseBounce(entry.text))[0]?.reason ?? '-';
    score.oneLine.total++;
    if (entry.expected.includes(got)) score.oneLine.hit++;
    else
      score.oneLine.misses.push({
        where: `strings#${i + 1}`,
        expected: entry.expected.join('|'),
        got,
        text: entry.text.slice(0, 160),
      });
  }
  return score;
}

export const percent = (part: { hit: number; total: number }) =>
  part.total ? (100 * part.hit) / part.total : 0;
