import { describe, expect, it } from 'vitest';
import { EXIM_LOG, POSTFIX_LOG } from '../test-support/batch-fixtures.ts';
import { createLogReader, logFamilyOf } from './logs.ts';

describe('mail-server logs', () => {
  it('read Postfix status=bounced/deferred lines with the sender of the queue id', () => {
    const lines = POSTFIX_LOG.split('\n');
    expect(logFamilyOf(lines)).toBe('postfix');
    const reader = createLogReader('postfix');
    const read = lines.map((line) => reader.line(line)).filter((r) => r !== null);
    expect(
      read.map((r) => [r.recipient.address, r.recipient.status, r.recipient.remoteMta]),
    ).toEqual([
      ['ann.lee@gmail.com', '5.1.1', 'gmail-smtp-in.l.google.com'],
      ['bo.chen@gmail.com', '5.1.1', 'gmail-smtp-in.l.google.com'],
      ['dee@receiver.example', '4.2.2', 'mx.receiver.example'],
    ]);
    expect(read[0]!.recipient.command).toBe('RCPT');
    expect(read[0]!.sender?.fromAddress).toBe('news@sender.example');
  });

  it('read Exim ** and == lines', () => {
    const lines = EXIM_LOG.split('\n');
    expect(logFamilyOf(lines)).toBe('exim');
    const reader = createLogReader('exim');
    const read = lines.map((line) => reader.line(line)).filter((r) => r !== null);
    expect(read.map((r) => [r.recipient.address, r.recipient.replyCode])).toEqual([
      ['ann.lee@gmail.com', 550],
      ['dee@receiver.example', 452],
    ]);
    expect(read[1]!.recipient.diagnostic).toMatch(
      /^SMTP error from remote mail server after RCPT TO/,
    );
    expect(read[0]!.sender?.fromAddress).toBe('news@sender.example');
  });

  it('take other lines for no log', () => {
    expect(logFamilyOf(['550 5.1.1 user unknown', 'hello'])).toBeUndefined();
  });
});
