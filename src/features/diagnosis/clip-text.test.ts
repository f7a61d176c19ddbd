import { describe, expect, it } from 'vitest';
import { clipText } from './clip-text.ts';

describe('clipText', () => {
  it('leaves short text alone', () => {
    expect(clipText('550 5.1.1', 20)).toBe('550 5.1.1');
  });

  it('cuts long text and says how much is missing', () => {
    expect(clipText('x'.repeat(1030), 10)).toBe('xxxxxxxxxx\n… (1,020 more characters not shown)');
  });
});
