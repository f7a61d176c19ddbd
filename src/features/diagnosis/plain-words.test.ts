import { describe, expect, it } from 'vitest';
import { PERMANENCE_TEXT, permanenceOf } from './plain-words.ts';

describe('permanence', () => {
  it('reads permanent', () => {
    expect(permanenceOf(true)).toBe('permanent');
    expect(permanenceOf(false)).toBe('temporary');
    expect(permanenceOf(null)).toBe('not-a-failure');
  });

  it('says it in words, not only colour', () => {
    expect(PERMANENCE_TEXT.permanent.label).toMatch(/^Permanent/);
    expect(PERMANENCE_TEXT.temporary.label).toMatch(/^Temporary/);
  });
});
