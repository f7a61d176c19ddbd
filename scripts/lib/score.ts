/**
 * Scores the classifier against the corpus exactly as the corpus README describes: reason and
 * status agreement per expected recipient (by file and 1-based index), and one-line agreement.
 * Hard-bounce agreement (the corpus's hardBounce 1/0 against ours) is reported alongside.
 *
 * Mail-server families kept aside (corpusHeldAside) are scored apart, and their misses are
 * never listed: they measure whether rules written without them generalise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseBounce } from '../../src/engine/index.ts';
import { isRealStatus, type CorpusFile, type CorpusString } from './corpus.ts';
import { fnv1a } from '../../src/engine/fnv.ts';

export interface Miss {
  where: string;
  expected: string;
  got: string;
  text: string;
}

export interface Part {
  hit: number;
  total: number;
  misses: Miss[];
}

export interface Split {
  reason: Part;
  status: Part;
  oneLine: Part;
  hardBounce: Part;
}

export interface Score extends Split {
  /** The part kept aside, on its own (also counted in the figures above). */
  aside: Split;
}

/** Formats (mail-server families) kept aside while rules are written. */
export function corpusHeldAside(format: string): boolean {
  return fnv1a(format) % 5 === 0;
}

const emptySplit = (): Split => ({
  reason: { hit: 0, total: 0, misses: [] },
  status: { hit: 0, total: 0, misses: [] },
  oneLine: { hit: 0, total: 0, misses: [] },
  hardBounce: { hit: 0, total: 0, misses: [] },
});

function tally(parts: Part[], ok: boolean, miss: () => Miss) {
  for (const part of parts) {
    part.total++;
    if (ok) part.hit++;
  }
  // A miss is kept in the first part given: the working split's, or the part kept aside (whose
  // misses are never printed).
  if (!ok) parts[0]!.misses.push(miss());
}

export function scoreCorpus(dir: string, files: CorpusFile[], strings: CorpusString[]): Score {
  const score: Score = { ...emptySplit(), aside: emptySplit() };
  const asideTexts: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file.file));
    const aside = corpusHeldAside(file.format);
    if (aside) asideTexts.push(bytes.toString('latin1').replace(/\s+/g, ' '));
    const into = (key: keyof Split): Part[] =>
      aside ? [score.aside[key], score[key]] : [score[key]];
    const results = classify(parseBounce(new Uint8Array(bytes)));
    for (const expected of file.expected) {
      const got = results.find((r) => r.index === expected.index);
      const where = `${file.file}#${expected.index}`;
      const text = got?.diagnostic.slice(0, 160) ?? '(no recipient)';
      tally(into('reason'), got?.reason === expected.reason, () => ({
        where,
        expected: expected.reason,
        got: got?.reason ?? '-',
        text,
      }));
      tally(into('hardBounce'), !!got && Number(got.hardBounce) === expected.hardBounce, () => ({
        where,
        expected: `${expected.reason} hard=${expected.hardBounce}`,
        got: got ? `${got.reason} hard=${Number(got.hardBounce)}` : '-',
        text,
      }));
      if (isRealStatus(expected.status))
        tally(into('status'), got?.status === expected.status, () => ({
          where,
          expected: expected.status!,
          got: got?.status ?? '-',
          text,
        }));
    }
  }
  for (const [i, entry] of strings.entries()) {
    // A one-line text belongs to the part kept aside when it comes from one of its messages.
    const probe = entry.text.replace(/\s+/g, ' ').slice(0, 60);
    const aside = probe.length >= 12 && asideTexts.some((text) => text.includes(probe));
    const got = classify(parseBounce(entry.text))[0]?.reason ?? '-';
    tally(
      aside ? [score.aside.oneLine, score.oneLine] : [score.oneLine],
      entry.expected.includes(got),
      () => ({
        where: `strings#${i + 1}`,
        expected: entry.expected.join('|'),
        got,
        text: entry.text.slice(0, 160),
      }),
    );
  }
  return score;
}

export const percent = (part: { hit: number; total: number }) =>
  part.total ? (100 * part.hit) / part.total : 0;
