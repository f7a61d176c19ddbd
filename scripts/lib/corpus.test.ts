/**
 * Agreement with the shared corpus, as a regression guard: the bars of issue 2 on the
 * development split. Skips cleanly on a machine without ../shared/corpus (a user's clone).
 */
import { describe, expect, it } from 'vitest';
import { corpusDir, loadCorpus } from './corpus.ts';
import { percent, scoreCorpus } from './score.ts';

const dir = corpusDir();

describe.skipIf(!dir)('corpus agreement (development split)', () => {
  // Read lazily: a skipped describe still runs its body to collect the tests.
  const { files, strings } = dir ? loadCorpus(dir) : { files: [], strings: [] };
  const score = scoreCorpus(dir ?? '', files, strings);

  it('agrees on the reason for at least 95% of recipients', () => {
    expect(percent(score.reason)).toBeGreaterThanOrEqual(95);
  });
  it('agrees on the status for at least 95% of recipients with a real DSN code', () => {
    expect(percent(score.status)).toBeGreaterThanOrEqual(95);
  });
  it('agrees on one-line texts at least 85% of the time', () => {
    expect(percent(score.oneLine)).toBeGreaterThanOrEqual(85);
  });
  it('agrees on hard bounces (the address itself is bad) for at least 95% of recipients', () => {
    expect(percent(score.hardBounce)).toBeGreaterThanOrEqual(95);
  });
  it('reads every file, bounce or not, as the corpus says', () => {
    for (const file of files) {
      if (!file.isBounce) continue;
      const matched = score.reason.misses.filter(
        (m) => m.where.startsWith(`${file.file}#`) && m.got === '-',
      );
      expect(matched, file.file).toEqual([]);
    }
  });
});
