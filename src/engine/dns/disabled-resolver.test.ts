import { describe, expect, it } from 'vitest';
import { disabledResolver } from './disabled-resolver.ts';

describe('disabledResolver', () => {
  it('answers every question with a disabled error', async () => {
    await expect(disabledResolver()('example.test', 'MX')).rejects.toMatchObject({
      kind: 'disabled',
      query: { name: 'example.test', type: 'MX' },
    });
  });
});
