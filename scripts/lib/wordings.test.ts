/**
 * The wordings catalogue as a test set (../shared/knowledge, read in place): the bar of the
 * classifier issue on its rows, and the disputed rows still read as we say. Skips cleanly where
 * the knowledge folder is absent (a user's clone, CI).
 */
import { describe, expect, it } from 'vitest';
import { classify, parseBounce } from '../../src/engine/index.ts';
import { percent } from './score.ts';
import { scoreWordings } from './score-wordings.ts';
import { WORDING_DISPUTES } from './wording-disputes.ts';
import { knowledgeDir, loadWordings, wordingText } from './wordings.ts';

const dir = knowledgeDir();

describe.skipIf(!dir)('the wordings catalogue', () => {
  const rows = dir ? loadWordings(dir) : [];
  const score = scoreWordings(rows);

  it('gets the reason of at least 85% of its rows', () => {
    expect(percent(score.reason)).toBeGreaterThanOrEqual(85);
  });

  it.each(WORDING_DISPUTES.map((d) => [d.wording, d] as const))(
    'reads the disputed row “%s” as we say, with a reason given',
    (wording, dispute) => {
      const row = rows.find((r) => r.wording === wording);
      expect(row, 'the disputed row is still in the catalogue').toBeDefined();
      expect(row!.reason).toBe(dispute.theirs);
      expect(classify(parseBounce(wordingText(row!)))[0]?.reason).toBe(dispute.ours);
      expect(dispute.why.length).toBeGreaterThan(10);
    },
  );
});
