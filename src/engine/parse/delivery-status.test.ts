import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus } from './delivery-status.ts';

describe('parseDeliveryStatus', () => {
  it('starts a recipient at each Final-Recipient when the blank lines between them are lost', () => {
    const report = parseDeliveryStatus(
      'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@x.example\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@x.example\nStatus: 4.2.2\n',
    );
    expect(report.reportingMta).toBe('mx.example.net');
    expect(report.recipients.map((r) => [r.finalRecipient, r.status])).toEqual([
      ['a@x.example', '5.1.1'],
      ['b@x.example', '4.2.2'],
    ]);
  });

  // Issue 13: a corpus report grown to 13,000 Final-Recipient lines in one block was read whole
  // (and then cut to 1,000): the limit held only between blocks.
  it('stops at `most` recipients inside one block too', () => {
    const block = 'Final-Recipient: rfc822; a@x.example\n'.repeat(13_000);
    const report = parseDeliveryStatus(`Reporting-MTA: dns; mx.example.net\n\n${block}`, 1001);
    expect(report.recipients).toHaveLength(1001);
  });
});
