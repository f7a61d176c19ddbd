import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordIndex } from './keyword-index.ts';

const naive = (keywords: string[], text: string) =>
  keywords.flatMap((k, i) => (text.includes(k) ? [i] : []));

describe('keywordIndex', () => {
  it('finds every keyword the text contains, overlapping or nested, each once', () => {
    const index = keywordIndex(['he', 'she', 'his', 'hers', 'mailbox', 'box full', 'ユーザ']);
    expect(index.found('ushers').sort()).toEqual([0, 1, 3]);
    expect(index.found('550 mailbox full; mailbox full').sort()).toEqual([4, 5]);
    expect(index.found('宛先ユーザが存在しません')).toEqual([6]);
    expect(index.found('nothing at all')).toEqual([]);
  });

  it('agrees with a plain search on any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 4 }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'd'), maxLength: 60 }),
        (keywords, text) => {
          const index = keywordIndex(keywords);
          expect(index.found(text).sort((x, y) => x - y)).toEqual(naive(keywords, text));
        },
      ),
    );
  });

  it('keeps finding keywords past the states a two-byte table can number', () => {
    // 9,000 keywords of ten pseudo-random letters: some 70,000 trie states.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 0x7fffffff) % 26));
    const keywords = Array.from({ length: 9000 }, () =>
      Array.from({ length: 10 }, letter).join(''),
    );
    const index = keywordIndex(keywords);
    const text = `x ${keywords[8999]} y ${keywords[0]} z ${keywords[4321]}`;
    expect(index.found(text).sort((a, b) => a - b)).toEqual(naive(keywords, text));
    expect(naive(keywords, text)).toEqual([0, 4321, 8999]);
  });

  it('refuses an empty keyword, which every text would contain', () => {
    expect(() => keywordIndex(['ok', ''])).toThrow(/empty/);
  });
});
