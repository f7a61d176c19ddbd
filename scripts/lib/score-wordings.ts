/**
 * The wordings catalogue as a test set: each row's filled one-line text, classified, against
 * the row's reason and its family. Rows whose reason we dispute (WORDING_DISPUTES) still count
 * as misses, shown apart; rows of the families kept aside count in the whole figure and are also scored on their own.
 */
import { classify, parseBounce, reasonFamily, type Reason } from '../../src/engine/index.ts';
import { WORDING_DISPUTES } from './wording-disputes.ts';
import { wordingHeldAside, wordingText, type Wording } from './wordings.ts';
import type { Miss, Part } from './score.ts';

export interface WordingScore {
  reason: Part;
  family: Part;
  /** Misses where we think the row's reason is wrong (counted in `reason` all the same). */
  disputed: Miss[];
  aside: { reason: Part; family: Part };
}

const part = (): Part => ({ hit: 0, total: 0, misses: [] });
const disputes = new Map(WORDING_DISPUTES.map((d) => [d.wording, d]));

export function scoreWordings(rows: Wording[]): WordingScore {
  const score: WordingScore = {
    reason: part(),
    family: part(),
    disputed: [],
    aside: { reason: part(), family: part() },
  };
  for (const row of rows) {
    const text = wordingText(row);
    const result = classify(parseBounce(text))[0];
    const got = result?.reason ?? 'undefined';
    const expected = row.reason as Reason;
    const reasonOk = got === expected;
    const familyOk = reasonFamily(got) === reasonFamily(expected);
    const aside = wordingHeldAside(row);
    for (const into of aside ? [score, score.aside] : [score]) {
      into.reason.total++;
      into.family.total++;
      if (reasonOk) into.reason.hit++;
      if (familyOk) into.family.hit++;
    }
    // The misses of the families kept aside are never listed.
    if (aside) continue;
    // What decided, so that every miss is listed with the reading that won.
    const decided =
      result?.evidence.find((e) => e.outcome === 'decided')?.rule ?? 'nothing matched';
    const miss: Miss = {
      where: `wordings:${row.line} ${row.software}`,
      expected,
      got,
      text: `${text}  [${decided}]`,
    };
    if (!familyOk) score.family.misses.push(miss);
    if (reasonOk) continue;
    const dispute = disputes.get(row.wording);
    if (dispute?.ours === got) score.disputed.push({ ...miss, text: `${text}  (${dispute.why})` });
    else score.reason.misses.push(miss);
  }
  return score;
}
