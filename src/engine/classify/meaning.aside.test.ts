/**
 * The examples kept aside from the lexicon (meaning-aside-cases.ts), each set scored as a whole:
 * the figures are printed and reported apart from the lexicon's own tests. A floor guards
 * against regressions; misses are listed rather than fixed one by one, which would spend the set.
 */
import { expect, it } from 'vitest';
import { ASIDE_CASES, ASIDE_SOURCED } from './meaning-aside-cases.ts';
import { meaningOf } from './meaning.ts';
import type { Reason } from './types.ts';

function score(name: string, cases: [string, string, Reason | null][]): number {
  const misses: string[] = [];
  for (const [where, text, reason] of cases) {
    const got = meaningOf(text.toLowerCase().replace(/\s+/g, ' '))?.reason ?? null;
    if (got !== reason)
      misses.push(`${where}: ${text} → ${got ?? 'nothing'} (want ${reason ?? 'nothing'})`);
  }
  const right = cases.length - misses.length;
  console.log(
    `meaning, ${name}: ${right}/${cases.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
  );
  return right / cases.length;
}

it('scores the examples written before the tables', () => {
  expect(score('held aside (written first)', ASIDE_CASES)).toBeGreaterThanOrEqual(0.8);
});

it('scores the examples from providers’ own localised lists', () => {
  expect(score('held aside (providers’ lists)', ASIDE_SOURCED)).toBeGreaterThanOrEqual(0.6);
});
