import { describe, expect, it } from 'vitest';
import { REASONS } from '../vocabulary/reasons.ts';
import { REASON_INFO } from './reason-info.ts';

describe('the one reason vocabulary', () => {
  it.each(REASONS)('has a spoken title and one-sentence what and todo for %s', (reason) => {
    const { title, what, todo } = REASON_INFO[reason];
    expect(title.length).toBeGreaterThan(5);
    expect(title).not.toMatch(/\.$/);
    expect(what).toMatch(/^[A-Z].*\.$/);
    // One sentence: no full stop followed by another sentence.
    expect(what).not.toMatch(/\.\s+[A-Z]/);
    expect(todo).toMatch(/^[A-Z].*\.$/);
  });

  it('covers exactly the engine vocabulary', () => {
    expect(Object.keys(REASON_INFO).sort()).toEqual([...REASONS].sort());
  });

  it('uses distinct titles', () => {
    const titles = REASONS.map((reason) => REASON_INFO[reason].title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
