import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.ts';
import { recogniseService, recogniseServices } from './recognise.ts';
import { SENDING_SERVICES } from './registry.ts';
import { dsnReturning } from './test-bounces.ts';

async function recognised(headers: string[], diagnostic?: string) {
  const { parsed, results } = await diagnose(dsnReturning(headers, diagnostic));
  return recogniseService(parsed, results[0]);
}

// Header lines as each service writes them (shapes from the services' documentation and from
// messages they send), one kind of evidence per case.
const CASES: { service: string; kind: string; headers: string[] }[] = [
  {
    service: 'sendgrid',
    kind: 'return-path',
    headers: ['Return-Path: <bounces+1234567-ab12-jane=example.org@sendgrid.net>'],
  },
  {
    service: 'sendgrid',
    kind: 'return-path',
    headers: ['Return-Path: <bounces+1234567-ab12-jane=example.org@em4321.shop.example>'],
  },
  { service: 'sendgrid', kind: 'header', headers: ['X-SG-EID: u001.TkMIsVWPr5n1f5mLw5FSBQ=='] },
  {
    service: 'sendgrid',
    kind: 'dkim',
    headers: [
      'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.net; h=from:subject; s=smtpapi; bh=x; b=y',
    ],
  },
  {
    service: 'sendgrid',
    kind: 'ip',
    headers: [
      'Received: from xtrwkhkc.outbound-mail.example (unknown [167.89.101.2]) by mx.relay.example',
    ],
  },
  {
    service: 'amazon-ses',
    kind: 'return-path',
    headers: ['Return-Path: <0100018f2c3d4e5f-1a2b3c4d-000000@amazonses.com>'],
  },
  { service: 'amazon-ses', kind: 'header', headers: ['X-SES-Outgoing: 2024.05.02-54.240.8.21'] },
  {
    service: 'amazon-ses',
    kind: 'header',
    headers: ['Feedback-ID: 1.us-east-1.Sx4t0K2dfJgQ=:AmazonSES'],
  },
  {
    service: 'amazon-ses',
    kind: 'message-id',
    headers: ['Message-ID: <0100018f2c3d4e5f-1a2b-000000@email.amazonses.com>'],
  },
  {
    service: 'mailgun',
    kind: 'return-path',
    headers: ['Return-Path: <bounce+5d2f8a.3c1b-jane=example.org@mg.shop.example>'],
  },
  {
    service: 'mailgun',
    kind: 'header',
    headers: ['X-Mailgun-Sid: WyI0ZmM2NyIsICJqYW5lQGV4YW1wbGUub3JnIiwgIjEyMyJd'],
  },
  { service: 'mailchimp', kind: 'header', headers: ['X-MC-User: b00ccdbb39a8456492b99ae9e'] },
  {
    service: 'mailchimp',
    kind: 'header',
    headers: ['X-Mailer: Mailchimp Mailer - **CIDa8d0ad03b7be24ad69fc**'],
  },
  {
    service: 'mailchimp',
    kind: 'list-unsubscribe',
    headers: ['List-Unsubscribe: <https://shop.us1.list-manage.com/unsubscribe?u=b00c&id=ede4>'],
  },
  {
    service: 'mailchimp',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-mc.us1_1234.5678-jane=example.org@mail16.sea31.mcsv.net>'],
  },
  { service: 'mandrill', kind: 'header', headers: ['X-Mandrill-User: md_30071234'] },
  {
    service: 'mandrill',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-md_30071234.65f1.v1-abc@mandrillapp.com>'],
  },
  {
    service: 'postmark',
    kind: 'header',
    headers: ['X-PM-Message-Id: 0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6'],
  },
  {
    service: 'postmark',
    kind: 'return-path',
    headers: ['Return-Path: <pm_bounces@pm-bounces.shop.example>'],
  },
  {
    service: 'sparkpost',
    kind: 'return-path',
    headers: ['Return-Path: <msprvs1=18155xyz=bounces-12345@bounces.sparkpostmail.com>'],
  },
  { service: 'sparkpost', kind: 'header', headers: ['X-MSFBL: eyJyIjoiamFuZUBleGFtcGxlLm9yZyJ9'] },
  {
    service: 'brevo',
    kind: 'header',
    headers: ['X-Mailin-EID: MTIzNDU2Nzg5fmphbmVAZXhhbXBsZS5vcmd+'],
  },
  { service: 'mailjet', kind: 'header', headers: ['X-MJ-Mid: AAAAAJTvbnMAAc5RuBkAAAAAAAAAAA'] },
  {
    service: 'mailjet',
    kind: 'return-path',
    headers: ['Return-Path: <bnc3+abc@bnc3.mailjet.com>'],
  },
  {
    service: 'hubspot',
    kind: 'return-path',
    headers: ['Return-Path: <1axbu2z0@bf01x.hubspotemail.net>'],
  },
  { service: 'marketo', kind: 'header', headers: ['X-MarketoID: 123-ABC-456:1:2:3:4'] },
  {
    service: 'marketo',
    kind: 'return-path',
    headers: ['Return-Path: <123-ABC-456.0.1.0.0.1.1.1@mktomail.com>'],
  },
  { service: 'salesforce-mc', kind: 'header', headers: ['X-SFMC-Stack: 7'] },
  {
    service: 'salesforce-mc',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-123_HTML-456-7-890@bounce.s7.exacttarget.com>'],
  },
  {
    service: 'klaviyo',
    kind: 'list-unsubscribe',
    headers: ['List-Unsubscribe: <https://manage.kmail-lists.com/subscriptions/unsubscribe?a=AbC>'],
  },
  {
    service: 'constant-contact',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-abc@in.constantcontact.com>'],
  },
  {
    service: 'campaign-monitor',
    kind: 'return-path',
    headers: ['Return-Path: <bounces+abc@news.cmail20.com>'],
  },
  {
    service: 'zoho-campaigns',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-123@bounce.zcsend.net>'],
  },
  {
    service: 'zeptomail',
    kind: 'return-path',
    headers: ['Return-Path: <2d6f.abc@bounce-zem.shop.example>'],
  },
  {
    service: 'activecampaign',
    kind: 'return-path',
    headers: ['Return-Path: <bounce-abc@emsd1.com>'],
  },
  {
    service: 'customer-io',
    kind: 'return-path',
    headers: ['Return-Path: <bounces+abc@email.customeriomail.com>'],
  },
  {
    service: 'iterable',
    kind: 'return-path',
    headers: ['Return-Path: <bounces@bounces.iterable.com>'],
  },
  { service: 'google', kind: 'header', headers: ['X-Google-Smtp-Source: AGHT+IFz0abc'] },
  { service: 'google', kind: 'message-id', headers: ['Message-ID: <CAF=abc123@mail.gmail.com>'] },
  {
    service: 'microsoft',
    kind: 'message-id',
    headers: ['Message-ID: <DM6PR12MB1234ABCD@DM6PR12MB1234.namprd12.prod.outlook.com>'],
  },
  {
    service: 'microsoft',
    kind: 'ip',
    headers: [
      'Received: from NAM12-DM6-obe.outbound.protection.example (mail-dm6nam12on2101.outbound.protection.example [40.107.243.101]) by mx.relay.example',
    ],
  },
];

describe('recognising the sending service', () => {
  it.each(CASES)('$service from its $kind', async ({ service, kind, headers }) => {
    const found = await recognised(headers);
    expect(found?.service.id).toBe(service);
    expect(found?.signs[0]?.kind).toBe(kind);
    expect(found?.strength).toBe(
      kind === 'list-unsubscribe' || kind === 'message-id' ? 'weak' : 'strong',
    );
  });

  it('covers every service in the registry at least once', () => {
    const covered = new Set(CASES.map((c) => c.service));
    const missing = SENDING_SERVICES.map((s) => s.id).filter(
      (id) => !covered.has(id) && id !== 'braze',
    );
    expect(missing).toEqual([]);
  });

  it('adds up several signs, and says where each was seen', async () => {
    const found = await recognised([
      'Return-Path: <bounces+1234567-ab12-jane=example.org@sendgrid.net>',
      'X-SG-EID: u001.TkMIsVWPr5n1f5mLw5FSBQ==',
      'Message-ID: <fQc9Zs7fS5m3cfwy7sJJbA@geopod-ismtpd-2-0>',
    ]);
    expect(found?.strength).toBe('strong');
    expect(found?.how).toBe(
      'the returned message’s Return-Path (bounces+1234567-ab12-jane=example.org@sendgrid.net), x-sg-eid header and Message-ID (fqc9zs7fs5m3cfwy7sjjba@geopod-ismtpd-2-0)',
    );
  });

  it('is weak from a DKIM selector alone, and says so', async () => {
    const found = await recognised([
      'DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1; h=from; bh=x; b=y',
    ]);
    expect(found?.service.id).toBe('sendgrid');
    expect(found?.strength).toBe('weak');
    expect(found?.how).toContain('a hint only');
    expect(found?.how).toContain('Change it');
  });

  it('reads the IP a receiving server names as the sender’s, not its own', async () => {
    const viaReply = await diagnose(
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26  SPF [shop.example] with ip: [167.89.12.34] = did not pass\n550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp',
    );
    const found = recogniseService(viaReply.parsed, viaReply.results[0]);
    expect(found?.service.id).toBe('sendgrid');
    expect(found?.signs[0]).toEqual({
      kind: 'ip',
      text: '167.89.12.34 (in 167.89.0.0/17)',
      in: 'bounce',
    });
    // Gmail's own MX address in a Postfix reply is the receiver's, not the sender's.
    const postfix = await diagnose(
      '<jane@gmail.example>: host gmail-smtp-in.l.google.com[74.125.200.27] said: 550 5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command)',
    );
    expect(recogniseServices(postfix.parsed, postfix.results[0])).toEqual([]);
  });

  it('reads the receiving server of the top Received hop as the receiver’s, not the sender’s', async () => {
    // Gmail returned it: its own hop names mx.google.com as "by", the sender as "from".
    const toGmail = await recognised([
      'Received: from mail.shop.example (mail.shop.example [192.0.2.25]) by mx.google.com with ESMTPS id a1si2',
    ]);
    expect(toGmail).toBeUndefined();
    // Sent through Google Workspace: its submission server is "by" on a lower hop.
    const fromWorkspace = await recognised([
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.relay.example',
      'Received: from laptop.shop.example ([10.0.0.5]) by smtp.gmail.com with ESMTPSA id x1',
    ]);
    expect(fromWorkspace?.service.id).toBe('google');
  });

  it('recognises Amazon SES from its own notification and its suppression-list words', async () => {
    const notification = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [
          {
            emailAddress: 'jane@example.org',
            status: '5.1.1',
            action: 'failed',
            diagnosticCode: 'smtp; 550 5.1.1 user unknown',
          },
        ],
        reportingMTA: 'dns; a8-30.smtp-out.amazonses.com',
      },
      mail: { source: 'news@shop.example' },
    });
    const ses = await diagnose(notification);
    expect(recogniseService(ses.parsed, ses.results[0])?.service.id).toBe('amazon-ses');
    const suppressed = await diagnose(
      '550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    );
    const found = recogniseService(suppressed.parsed, suppressed.results[0]);
    expect(found?.service.id).toBe('amazon-ses');
    expect(found?.how).toContain('the bounce’s words');
  });

  it('finds nothing in a bounce that shows no service', async () => {
    const { parsed, results } = await diagnose(dsnReturning(['Return-Path: <news@shop.example>']));
    expect(recogniseServices(parsed, results[0])).toEqual([]);
  });
});
