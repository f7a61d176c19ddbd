import { describe, expect, it } from 'vitest';
import { saysCode } from './stated-code.ts';

describe('saysCode', () => {
  it('shows a provider’s own name for a refusal whatever the text', () => {
    expect(saysCode('part of their network is on our block list', 'S3150')).toBe(true);
    expect(saysCode('blocked using barracuda reputation', 'BRBL')).toBe(true);
  });

  it('shows a status code only where the text gives it, as a code of its own', () => {
    expect(saysCode('550 5.7.26 unauthenticated email', '5.7.26')).toBe(true);
    expect(saysCode('421 4.7.26 unauthenticated email', '5.7.26')).toBe(false);
    expect(saysCode('550 5.4.300 message expired', '4.4.7')).toBe(false);
    expect(saysCode('550 5.7.260 other', '5.7.26')).toBe(false);
    expect(saysCode('version 15.7.26.1', '5.7.26')).toBe(false);
    expect(saysCode('550 5.7.1 not allowed', '550 5.7.1')).toBe(true);
    expect(saysCode('554 5.7.1 not allowed', '550 5.7.1')).toBe(false);
  });
});
