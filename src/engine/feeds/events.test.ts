import { describe, expect, it } from 'vitest';
import { classify, parseBounce } from '../index.ts';
import {
  BREVO_WEBHOOK,
  MAILGUN_EVENTS,
  MAILGUN_WEBHOOK,
  POSTMARK_WEBHOOK,
  SENDGRID_EVENTS,
  SES_JSONL,
  SPARKPOST_WEBHOOK,
} from '../test-support/batch-fixtures.ts';
import { eventsIn, readEvent } from './events.ts';

const readAll = (json: string) => eventsIn(JSON.parse(json)).flatMap((e) => readEvent(e) ?? []);

describe('service event readers', () => {
  it('read SendGrid bounces, drops and deferrals, and skip opens', () => {
    const read = readAll(SENDGRID_EVENTS);
    expect(read.map((r) => [r.format, r.recipient.address, r.recipient.hint ?? null])).toEqual([
      ['sendgrid-event', 'ann.lee@gmail.com', null],
      ['sendgrid-event', 'fay@receiver.example', 'suppressed'],
      ['sendgrid-event', 'gus@receiver.example', null],
    ]);
    expect(read[0]!.recipient).toMatchObject({ status: '5.1.1', replyCode: 550 });
    expect(read[2]!.recipient).toMatchObject({ status: '4.7.0', replyCode: 421 });
  });

  it('read SES notifications, also inside their SNS envelope, with the sender', () => {
    const read = SES_JSONL.split('\n').flatMap((line) => readEvent(JSON.parse(line)) ?? []);
    expect(read.map((r) => r.recipient.address)).toEqual([
      'ann.lee@gmail.com',
      'bo.chen@gmail.com',
      'dee@receiver.example',
    ]);
    expect(read[2]!.recipient.status).toBe('4.2.2');
    expect(read[0]!.sender).toEqual({
      fromAddress: 'news@sender.example',
      envelopeDomain: 'sender.example',
      sendingIp: '192.0.2.10',
    });
  });

  it('read Mailgun webhooks and Events API pages', () => {
    const [hook] = readAll(MAILGUN_WEBHOOK);
    expect(hook!.recipient).toMatchObject({
      address: 'ann.lee@gmail.com',
      replyCode: 550,
      status: '5.1.1',
      remoteMta: 'gmail-smtp-in.l.google.com',
    });
    expect(hook!.sender).toMatchObject({
      envelopeDomain: 'mg.sender.example',
      sendingIp: '192.0.2.10',
    });
    const page = readAll(MAILGUN_EVENTS);
    expect(page.map((r) => r.recipient.hint ?? null)).toEqual(['suppressed', null]);
    expect(page[1]!.recipient.replyCode).toBe(421);
  });

  it('read SparkPost webhook batches', () => {
    const read = readAll(SPARKPOST_WEBHOOK);
    expect(read.map((r) => r.recipient.address)).toEqual([
      'ann.lee@gmail.com',
      'gus@receiver.example',
    ]);
    expect(read[0]!.sender?.sendingIp).toBe('192.0.2.10');
  });

  it('read Postmark and Brevo webhooks', () => {
    expect(readAll(POSTMARK_WEBHOOK)[0]!.recipient).toMatchObject({
      status: '5.1.1',
      replyCode: 550,
    });
    expect(readAll(BREVO_WEBHOOK)[0]!.recipient).toMatchObject({
      address: 'ann.lee@gmail.com',
      replyCode: 550,
    });
  });

  it('know nothing of other JSON', () => {
    expect(readEvent({ hello: 'world' })).toBeUndefined();
    expect(readEvent([1, 2])).toBeUndefined();
    expect(readEvent({ event: 'bounce', email: 'a@b.example' })).toBeUndefined();
  });
});

describe('one pasted event, through parseBounce', () => {
  it.each([
    ['SendGrid', JSON.stringify(JSON.parse(SENDGRID_EVENTS)[0])],
    ['Mailgun', MAILGUN_WEBHOOK],
    ['SparkPost', JSON.stringify(JSON.parse(SPARKPOST_WEBHOOK)[0], null, 2)],
    ['Postmark', POSTMARK_WEBHOOK],
    ['SES', SES_JSONL.split('\n')[0]!],
    ['SES in SNS', JSON.stringify(JSON.parse(SES_JSONL.split('\n')[2]!), null, 2)],
  ])('yields the failed recipient and the reason text (%s)', (_, text) => {
    const parsed = parseBounce(text);
    expect(parsed.isBounce).toBe(true);
    const [first] = classify(parsed);
    expect(first?.recipient).toMatch(/@/);
    expect(first?.diagnostic).toMatch(/\d\.\d\.\d|mailbox full|does not exist/i);
    expect(['userunknown', 'mailboxfull']).toContain(first?.reason);
  });

  it('says so when the event is no failure', () => {
    const open = JSON.stringify(JSON.parse(SENDGRID_EVENTS)[3]);
    const parsed = parseBounce(open);
    expect(parsed.isBounce).toBe(false);
    expect(parsed.warnings.join(' ')).toMatch(/no failed delivery/);
  });

  it('leaves JSON that is no event to the other readers', () => {
    expect(parseBounce('{"greeting": "hello"}').format).not.toMatch(/event/);
  });
});
