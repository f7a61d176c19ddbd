import { describe, expect, it } from 'vitest';
import { literalIndex } from './literal-index.ts';

describe('literalIndex', () => {
  const patterns = [/\bas\((\d+)\)/, /5\.7\.515\b/, /\d{3}/, /relay access denied/];
  const index = literalIndex(patterns);

  it('lists, in order, every pattern a text could match, and patterns without literals always', () => {
    expect(index.candidates('550 5.4.1 access denied. as(201806281)')).toEqual([0, 2]);
    expect(index.candidates('550 5.7.515 access denied')).toEqual([1, 2]);
    expect(index.candidates('nothing')).toEqual([2]);
  });

  it('never leaves out a pattern that matches', () => {
    for (const text of ['as(1) relay access denied 5.7.515', 'x 5.7.515', 'relay access denied']) {
      const matching = patterns.flatMap((p, i) => (p.test(text) ? [i] : []));
      expect(index.candidates(text)).toEqual(expect.arrayContaining(matching));
    }
  });
});
