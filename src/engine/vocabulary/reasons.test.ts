import { describe, expect, it } from 'vitest';
import { REASONS, REASON_FAMILIES, isReason, reasonFamily } from './reasons.ts';

describe('reason families', () => {
  it('put every reason in exactly one family', () => {
    const listed = Object.values(REASON_FAMILIES).flat();
    expect([...listed].sort()).toEqual([...REASONS].sort());
  });
  it('answer for reasons and nothing else', () => {
    expect(reasonFamily('userunknown')).toBe('address');
    expect(reasonFamily('speeding')).toBe('rate');
    expect(reasonFamily('nonsense')).toBeUndefined();
    expect(isReason('blocked')).toBe(true);
    expect(isReason('blocked ')).toBe(false);
  });
});
