import { describe, expect, it } from 'vitest';
import { DELAY_SIGNS, isDelayNotice } from './delay-notice.ts';

describe('delay warnings', () => {
  it.each(DELAY_SIGNS.map((sign) => [sign.example] as const))('reads %s as a warning', (text) => {
    expect(isDelayNotice('', text)).toBe(true);
  });

  it('reads a warning from its subject, and across folded lines', () => {
    expect(isDelayNotice('Delayed Mail (still being retried)', 'Hello')).toBe(true);
    expect(isDelayNotice('', 'Warning: could not send message\n for past 4 hours')).toBe(true);
  });

  it('does not take a final bounce for a warning', () => {
    for (const text of [
      'This is a permanent error. The following address(es) failed: a@example.org retry timeout exceeded',
      'Delivery to the following recipient failed permanently: a@example.org',
      'Message could not be delivered for 5 days. Message will be deleted from queue',
      'The server has tried to deliver this message, without success, and has stopped trying.',
    ])
      expect(isDelayNotice('Undeliverable: hello', text)).toBe(false);
  });
});
