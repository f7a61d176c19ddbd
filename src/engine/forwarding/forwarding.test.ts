import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.ts';
import { dsnReturning } from '../senders/test-bounces.ts';
import { forwardingAdvice } from './advice.ts';
import { forwardingByMx, forwardingIn, srsOrigin } from './detect.ts';

const GMAIL_DMARC =
  "550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. Please contact the administrator of shop.example domain if this was a legitimate mail. - gsmtp";

async function forwardingOf(text: string) {
  const { parsed, results } = await diagnose(text);
  return { forwarding: forwardingIn(parsed, results[0]), result: results[0] };
}

/** A Postfix bounce from a forwarding host running postsrsd: the recipient was expanded from an alias. */
const POSTFIX_SRS = [
  'From: MAILER-DAEMON@mail.forwarder.example (Mail Delivery System)',
  'To: orders@shop.example',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="p"',
  '',
  '--p',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mail.forwarder.example.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '',
  '<jane@gmail.example> (expanded from <jane@forwarder.example>): host',
  `    gmail-smtp-in.l.google.com[142.250.102.26] said: ${GMAIL_DMARC} (in reply to end of DATA command)`,
  '',
  '--p',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mail.forwarder.example',
  '',
  'Final-Recipient: rfc822; jane@gmail.example',
  'Original-Recipient: rfc822;jane@forwarder.example',
  'Action: failed',
  'Status: 5.7.26',
  'Remote-MTA: dns; gmail-smtp-in.l.google.com',
  `Diagnostic-Code: smtp; ${GMAIL_DMARC}`,
  '',
  '--p',
  'Content-Description: Undelivered Message Headers',
  'Content-Type: text/rfc822-headers',
  '',
  'Return-Path: <SRS0=Hx2b=KQ=shop.example=orders@forwarder.example>',
  'Received: from mail.shop.example (mail.shop.example [93.184.216.40]) by mail.forwarder.example (Postfix) with ESMTPS id 4F1A2B3C4D for <jane@forwarder.example>',
  'From: Shop <orders@shop.example>',
  'To: jane@forwarder.example',
  'Subject: Your order',
  '',
  '--p--',
  '',
].join('\r\n');

describe('forwarding, lists and relays', () => {
  it('an SRS Return-Path and an expanded alias: the forwarder rewrote the envelope', async () => {
    const { forwarding, result } = await forwardingOf(POSTFIX_SRS);
    expect(forwarding?.forwarder).toBe('forwarder.example');
    expect(forwarding?.srs).toBe(true);
    expect(forwarding?.forwardedFrom).toBe('jane@forwarder.example');
    expect(forwarding?.signs.map((s) => s.kind)).toEqual(['srs', 'alias']);
    expect(srsOrigin(forwarding?.signs[0]?.text ?? '')).toBe('shop.example');
    const advice = forwardingAdvice(forwarding!, result!.reason);
    expect(result?.reason).toBe('authfailure');
    expect(advice.summary).toContain('checked SPF for forwarder.example, not for your domain');
    expect(advice.summary).toContain('The fix belongs to the administrator of forwarder.example');
    expect(advice.fixes[0]?.text).toContain('SRS');
    expect(advice.fixes[0]?.text).toContain('ARC');
    expect(advice.fixes.at(-1)?.text).toContain(
      'Do not add the forwarder’s servers to your SPF record',
    );
  });

  it('SRS1 (a second forward): the last forwarder is the one that sent it on', async () => {
    const { forwarding } = await forwardingOf(
      dsnReturning(
        ['Return-Path: <SRS1=Ab12=relay.example==Hx2b=KQ=shop.example=orders@second.example>'],
        GMAIL_DMARC,
      ),
    );
    expect(forwarding?.forwarder).toBe('second.example');
  });

  it('a Postfix log line with orig_to= in another domain is a forward without SRS seen', async () => {
    const line =
      'Jan  2 10:00:00 mail postfix/smtp[1234]: 4F1A2B3C4D: to=<jane@gmail.example>, orig_to=<jane@forwarder.example>, relay=gmail-smtp-in.l.google.com[142.250.102.26]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550 5.7.26 SPF [shop.example] with ip: [198.51.100.7] = did not pass (in reply to end of DATA command))';
    const { forwarding, result } = await forwardingOf(line);
    expect(forwarding).toMatchObject({ forwarder: 'forwarder.example', srs: false, by: 'domain' });
    expect(forwarding?.signs[0]?.where).toContain('orig_to=');
    expect(forwardingAdvice(forwarding!, result!.reason).summary).toContain(
      'Unless forwarder.example rewrites the envelope sender (SRS), the final server checks your SPF against forwarder.example’s server',
    );
  });

  it('an alias within the same domain is not a forward to another provider', async () => {
    const line =
      'Jan  2 10:00:00 mail postfix/smtp[1234]: 4F1A2B3C4D: to=<j.doe@example.org>, orig_to=<jane@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))';
    expect((await forwardingOf(line)).forwarding).toBeUndefined();
  });

  it('Gmail’s automatic forwarding headers name the forwarding mailbox', async () => {
    const { forwarding } = await forwardingOf(
      dsnReturning(
        [
          'X-Forwarded-To: jane@example.org',
          'X-Forwarded-For: jane.personal@gmail.example jane@example.org',
        ],
        GMAIL_DMARC,
      ),
    );
    expect(forwarding).toMatchObject({ by: 'mailbox', forwarder: 'jane.personal@gmail.example' });
    expect(forwardingAdvice(forwarding!, 'authfailure').who).toBe(
      'the owner of jane.personal@gmail.example',
    );
  });

  it('a Google Groups list, from its own headers', async () => {
    const { forwarding } = await forwardingOf(
      dsnReturning(
        [
          'Mailing-list: list team@googlegroups.com; contact team+owners@googlegroups.com',
          'List-ID: <team.googlegroups.com>',
          'X-Google-Group-Id: 123456789012',
          'List-Post: <https://groups.google.com/group/team/post>, <mailto:team@googlegroups.com>',
        ],
        GMAIL_DMARC,
      ),
    );
    expect(forwarding).toMatchObject({
      by: 'list',
      list: 'Google Groups',
      forwarder: 'team@googlegroups.com',
    });
    expect(forwardingAdvice(forwarding!, 'authfailure').who).toBe(
      'the owner of the list team@googlegroups.com',
    );
  });

  it('a Mailman list, with its DMARC mitigation as a fix', async () => {
    const { forwarding } = await forwardingOf(
      dsnReturning(
        [
          'X-Mailman-Version: 2.1.39',
          'List-Id: Team <team.lists.example.net>',
          'List-Post: <mailto:team@lists.example.net>',
          'X-BeenThere: team@lists.example.net',
        ],
        GMAIL_DMARC,
      ),
    );
    expect(forwarding).toMatchObject({ list: 'Mailman', forwarder: 'team@lists.example.net' });
    expect(
      forwardingAdvice(forwarding!, 'authfailure')
        .fixes.map((f) => f.text)
        .join(' '),
    ).toContain('DMARC mitigation');
  });

  it('a newsletter’s own List-Id is not a list relay', async () => {
    const { forwarding } = await forwardingOf(
      dsnReturning([
        'List-Id: Shop news <news.shop.example>',
        'List-Unsubscribe: <https://shop.example/u>',
      ]),
    );
    expect(forwarding).toBeUndefined();
  });

  it('an ARC seal by an intermediary, but not Exchange Online’s seal of its own senders', async () => {
    const sealed = await forwardingOf(
      dsnReturning(
        ['ARC-Seal: i=1; a=rsa-sha256; t=1704189600; cv=none; d=relay.example; s=arc-2024; b=abc'],
        GMAIL_DMARC,
      ),
    );
    expect(sealed.forwarding).toMatchObject({ forwarder: 'relay.example' });
    expect(sealed.forwarding?.signs[0]?.text).toBe('ARC-Seal i=1 d=relay.example');
    const microsoft = await forwardingOf(
      dsnReturning([
        'ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none; b=abc',
      ]),
    );
    expect(microsoft.forwarding).toBeUndefined();
  });

  it('a recipient domain whose MX is a forwarding service', () => {
    expect(forwardingByMx(['mx1.improvmx.com', 'mx2.improvmx.com'])).toMatchObject({
      forwarder: 'ImprovMX',
      by: 'service',
      srs: true,
    });
    expect(forwardingByMx(['aspmx.l.google.com'])).toBeUndefined();
  });

  it('for a reason other than authentication, the advice does not talk about SPF', async () => {
    const advice = forwardingAdvice(
      {
        forwarder: 'forwarder.example',
        by: 'domain',
        srs: false,
        signs: [{ kind: 'alias', text: 'a@forwarder.example → a@gmail.example', where: 'x' }],
      },
      'mailboxfull',
    );
    expect(advice.summary).not.toContain('SPF');
    expect(advice.summary).toContain('forwarded to');
  });
});
