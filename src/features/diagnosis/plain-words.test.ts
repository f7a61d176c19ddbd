import { describe, expect, it } from 'vitest';
import { REASONS } from '../../engine/index.ts';
import { PERMANENCE_TEXT, permanenceOf } from './plain-words.ts';
import { REASON_TEXT, reasonText } from './reason-text.ts';

describe('reason text', () => {
  it.each(REASONS)('has a title and one sentence for %s', (reason) => {
    const { title, explanation } = reasonText(reason);
    expect(title.length).toBeGreaterThan(5);
    expect(title).not.toMatch(/\.$/);
    expect(explanation).toMatch(/^[A-Z].*\.$/);
    // One sentence: no full stop followed by another sentence.
    expect(explanation).not.toMatch(/\.\s+[A-Z]/);
  });

  it('covers exactly the engine vocabulary', () => {
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...REASONS].sort());
  });

  it('uses distinct titles', () => {
    const titles = REASONS.map((reason) => reasonText(reason).title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

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
