import { describe, expect, it } from 'vitest';
import { inSentence } from './words.ts';

describe('inSentence', () => {
  it('joins names as a sentence says them', () => {
    expect(inSentence([])).toBe('');
    expect(inSentence(['A'])).toBe('A');
    expect(inSentence(['A', 'B'])).toBe('A and B');
    expect(inSentence(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
