import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalBranches, requiredLiterals } from './required-literals.ts';

const sorted = (set: string[] | undefined) => set && [...set].sort();

describe('requiredLiterals', () => {
  it('finds the longest literal a sequence requires', () => {
    expect(requiredLiterals(/\b(?:user|mailbox) (?:is )?unknown\b/)).toEqual(['unknown']);
    expect(requiredLiterals(/mail ?box full/)).toEqual(['box full']);
    expect(requiredLiterals(/over ?quota/)).toEqual(['quota']);
  });
  it('needs one literal from every branch of an alternation', () => {
    expect(sorted(requiredLiterals(/\bspf\b|\bdkim\b|sender id/))).toEqual([
      'dkim',
      'sender id',
      'spf',
    ]);
  });
  it('requires nothing when a branch requires nothing', () => {
    expect(requiredLiterals(/spf|\d+/)).toBeUndefined();
    expect(requiredLiterals(/(?:spf)?/)).toBeUndefined();
  });
  it('reads escapes, classes of one character, lookarounds and repeats', () => {
    expect(requiredLiterals(/resolver\.adr\./)).toEqual(['resolver.adr.']);
    expect(requiredLiterals(/can[']t (?!be)deliver/)).toEqual(["can't deliver"]);
    expect(requiredLiterals(/(?<!sender )address rejected/)).toEqual(['address rejected']);
    expect(requiredLiterals(/(?:ab)+c/)).toEqual(['ab']);
    expect(requiredLiterals(/x{3}y/)).toEqual(['xxxy']);
  });
  it('never promises a literal that a match lacks', () => {
    const pieces = [
      'a',
      'b',
      'ab',
      ' ',
      '(?:a|b)',
      'a?',
      'b*',
      '(?:ab)+',
      '[ab]',
      '\\b',
      '.',
      'c{2}',
      '(?!a)',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 }),
        (left, right, text) => {
          const pattern = new RegExp(`${left.join('')}|${right.join('')}`);
          const need = requiredLiterals(pattern);
          if (need && pattern.test(text)) expect(need.some((l) => text.includes(l))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('literalBranches', () => {
  it('cuts a pattern at its top-level alternatives only', () => {
    const parts = literalBranches(/\bspf\b|(?:dkim|dmarc) fail|sender id/);
    expect(parts.map((p) => p.pattern.source)).toEqual([
      '\\bspf\\b',
      '(?:dkim|dmarc) fail',
      'sender id',
    ]);
    expect(parts.map((p) => p.literals)).toEqual([['spf'], [' fail'], ['sender id']]);
  });
  it('matches what the whole pattern matches, at the same leftmost place', () => {
    const whole = /mail ?box full|over ?quota|\bquota exceeded/;
    const parts = literalBranches(whole);
    for (const text of ['550 mailbox full', 'user is over quota; mailbox full', 'nothing']) {
      const positions = parts
        .map((p) => p.pattern.exec(text)?.index)
        .filter((i) => i !== undefined);
      expect(positions.length ? Math.min(...positions) : undefined).toBe(whole.exec(text)?.index);
    }
  });
});
