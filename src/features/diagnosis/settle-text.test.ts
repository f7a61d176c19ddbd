import { describe, expect, it } from 'vitest';
import { settleText } from './settle-text.ts';

describe('settleText', () => {
  it('names a check in plain words', () => {
    expect(settleText('address')).toBe(
      'Check that the recipient address and its domain are right.',
    );
    expect(settleText('reverse-dns')).toBe("Check the sending server's reverse DNS name.");
  });

  it('passes a question through as a sentence', () => {
    expect(settleText('ask the recipient whether the mailbox still exists')).toBe(
      'Ask the recipient whether the mailbox still exists.',
    );
    expect(settleText('Did it work before?')).toBe('Did it work before?');
  });
});
