import { describe, expect, it } from 'vitest';
import { parseBounce, classify } from '../index.ts';
import {
  GENERIC_CSV,
  MBOX,
  SENDGRID_CSV,
  SES_JSONL,
  UNKNOWN_USER,
  dsnMessage,
} from '../test-support/batch-fixtures.ts';
import { actionFor } from './actions.ts';
import { planSenderChecks } from './checks-plan.ts';
import { markdownSummary, shareTriage, suppressionCsv } from './exports.ts';
import { providerLabel } from './rows.ts';
import { createTriage } from './triage.ts';
import { triageStream } from './triage-stream.ts';
import type { TriageRow } from './types.ts';
import { wizardText } from './wizard-text.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function triageOf(files: [string, string][]) {
  const triage = createTriage();
  const rows: TriageRow[] = [];
  const ids = { next: 0 };
  for (const [name, text] of files) {
    await triageStream(name, [encode(text)], { triage, ids, onRow: (r) => rows.push(r) });
  }
  return { triage, rows };
}

describe('the triage', () => {
  it('keeps delay warnings apart from the final bounces of the same reason, with their own words', async () => {
    const notice = (subject: string, body: string) =>
      `From: MAILER-DAEMON@mx.example.com\nSubject: ${subject}\n\n${body}\n`;
    const { triage } = await triageOf([
      [
        'warning.eml',
        notice(
          'Warning: could not send message for past 4 hours',
          '<a@example.org>... Deferred: Connection timed out with mx.example.org.\nWill keep trying until message is 5 days old',
        ),
      ],
      [
        'final.eml',
        notice(
          'Returned mail: see transcript for details',
          '<b@example.org>... Deferred: Connection timed out with mx.example.org.\nMessage could not be delivered for 5 days',
        ),
      ],
    ]);
    const groups = triage.groups();
    expect(groups.map((g) => [g.reason, g.title, g.count])).toEqual(
      expect.arrayContaining([
        ['expired', 'Delivery gave up after retrying', 1],
        ['expired', 'The sending server is still trying', 1],
      ]),
    );
    expect(triage.summary()).toMatchObject({ permanent: 1, temporary: 1 });
  });

  it('counts and groups by cause, then provider, then domain', async () => {
    const { triage } = await triageOf([['box.mbox', MBOX]]);
    expect(triage.summary()).toMatchObject({
      recipients: 5,
      failed: 5,
      permanent: 4,
      temporary: 1,
      byAction: { suppress: 3, 'fix-sender': 1, retry: 1 },
    });
    const [first, ...rest] = triage.groups();
    expect(first).toMatchObject({
      title: 'The address does not exist',
      count: 3,
      action: 'suppress',
      providers: [
        {
          name: 'Gmail / Google Workspace',
          count: 3,
          domains: [{ domain: 'gmail.com', count: 3 }],
        },
      ],
    });
    expect(first!.example).toMatch(/5\.1\.1/);
    expect(rest.map((g) => g.action).sort()).toEqual(['fix-sender', 'retry']);
  });

  it('puts recipients at the provider that refused them, not at one that only reported it', async () => {
    // Gmail's own notice that the recipient domain's DNS failed: the recipient is at example.org.
    const notice =
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n' +
      'Subject: Delivery Status Notification (Failure)\n\n' +
      "DNS Error: 15483 DNS type 'mx' lookup of example.org responded with code SERVFAIL\n" +
      'Learn more at https://support.google.com/mail/?p=DnsError\n';
    const { triage, rows } = await triageOf([['gmail-dns.eml', notice]]);
    expect(rows[0]?.provider).toMatchObject({ id: 'google', role: 'reporter' });
    expect(triage.groups()[0]?.providers).toEqual([
      expect.objectContaining({ id: '', name: 'Other or unknown providers' }),
    ]);
    // The table says who reported it; the suppression list names no provider for the address.
    expect(providerLabel(rows[0]!)).toBe('reported by Gmail / Google Workspace');
    const named = { ...rows[0]!, recipient: 'bob@example.org' };
    const csvRow = suppressionCsv([named], { actions: [named.action] }).split('\r\n')[1]!;
    expect(csvRow.split(',')[3]).toBe('');
  });

  it('keeps one group per cause across files and formats', async () => {
    const { triage, rows } = await triageOf([
      ['a.csv', SENDGRID_CSV],
      ['b.csv', GENERIC_CSV],
    ]);
    const unknown = triage.groups().find((g) => g.reason === 'userunknown');
    expect(unknown?.count).toBe(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('gives a provider’s own code a group of its own', async () => {
    const outlook = (to: string) =>
      dsnMessage({
        to,
        status: '5.7.1',
        diagnostic:
          "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        remoteMta: 'hotmail-com.olc.protection.outlook.com',
      });
    const { triage } = await triageOf([
      ['1.eml', outlook('a@hotmail.com')],
      ['2.eml', outlook('b@outlook.com')],
    ]);
    const [group] = triage.groups();
    expect(group?.code?.code).toBe('S3150');
    expect(group?.count).toBe(2);
    expect(group?.title).toMatch(/S3150/);
  });
});

describe('actions', () => {
  it('suppress hard bounces, retry temporary failures, fix our side for blocks', () => {
    expect(actionFor({ reason: 'userunknown', permanent: false, hardBounce: true })).toBe(
      'suppress',
    );
    expect(actionFor({ reason: 'mailboxfull', permanent: false, hardBounce: false })).toBe('retry');
    expect(actionFor({ reason: 'mailboxfull', permanent: true, hardBounce: false })).toBe(
      'ask-recipient',
    );
    expect(actionFor({ reason: 'blocked', permanent: false, hardBounce: false })).toBe(
      'fix-sender',
    );
    expect(actionFor({ reason: 'undefined', permanent: true, hardBounce: false })).toBe(
      'investigate',
    );
    expect(actionFor({ reason: 'delivered', permanent: null, hardBounce: false })).toBe('none');
  });
});

describe('checks once per sender', () => {
  it('plan the sender-side checks of "fix our side" groups, one plan per sender', async () => {
    const { triage } = await triageOf([['box.mbox', MBOX]]);
    const plans = planSenderChecks(triage.groups());
    expect(plans).toHaveLength(1);
    expect(plans[0]!.sender).toMatchObject({
      fromDomain: 'sender.example',
      sendingIp: '192.0.2.10',
    });
    expect(plans[0]!.checks).toContain('blocklists');
    expect(plans[0]!.checks).not.toContain('address');
    expect(plans[0]!.groups).toEqual(['blocked||fix-sender']);
  });

  it('use the sender the person typed when the rows name none', async () => {
    const { triage } = await triageOf([['a.csv', SENDGRID_CSV]]);
    expect(planSenderChecks(triage.groups())).toEqual([]);
    const plans = planSenderChecks(triage.groups(), {
      fromDomain: 'sender.example',
      sendingIp: '192.0.2.10',
    });
    expect(plans[0]!.checks).toContain('reverse-dns');
  });
});

describe('exports', () => {
  it('list each address to suppress once, in the columns services import', async () => {
    const { rows } = await triageOf([
      ['a.csv', SENDGRID_CSV],
      ['b.csv', SENDGRID_CSV],
    ]);
    const csv = suppressionCsv(rows);
    expect(csv.split('\r\n')).toEqual([
      'email,reason,status,provider,action,detail,service,service_bounce_name',
      'ann.lee@gmail.com,userunknown,5.1.1,Gmail / Google Workspace,suppress,The address does not exist,SendGrid,Invalid Address',
      'bo.chen@gmail.com,userunknown,5.1.1,Gmail / Google Workspace,suppress,The address does not exist,SendGrid,Invalid Address',
      '',
    ]);
  });

  it('name the sending service of a feed and its own name for each bounce', async () => {
    const { rows } = await triageOf([['ses.jsonl', SES_JSONL]]);
    const lines = suppressionCsv(rows, { actions: ['suppress', 'retry'] }).split('\r\n');
    expect(lines.slice(1, -1).map((line) => line.split(',').slice(-2))).toEqual([
      ['Amazon SES', 'Permanent/General'],
      ['Amazon SES', 'Permanent/General'],
      ['Amazon SES', 'Transient/MailboxFull'],
    ]);
  });

  it('defuse cells a spreadsheet would run as formulas', () => {
    const row = {
      recipient: '=HYPERLINK("x")@example.com',
      reason: 'userunknown',
      action: 'suppress',
      status: null,
      provider: null,
    } as unknown as TriageRow;
    expect(suppressionCsv([row])).toContain(`"'=HYPERLINK(""x"")@example.com"`);
  });

  it('write a Markdown summary and a share payload without addresses', async () => {
    const { triage, rows } = await triageOf([['box.mbox', MBOX]]);
    const report = { summary: triage.summary(), groups: triage.groups() };
    const markdown = markdownSummary(report);
    expect(markdown).toMatch(/^# Bounce triage/);
    expect(markdown).toMatch(/3 × The address does not exist/);
    const shared = JSON.stringify(shareTriage(report, rows, false));
    expect(shared).not.toMatch(/ann\.lee|sender\.example"/);
    expect(JSON.stringify(shareTriage(report, rows, true))).toMatch(/ann\.lee@gmail\.com/);
  });
});

describe('the wizard text of a CSV row', () => {
  it('reads back to the same reason and status', async () => {
    const { rows } = await triageOf([['a.csv', SENDGRID_CSV]]);
    for (const row of rows) {
      const [again] = classify(parseBounce(wizardText(row)));
      expect([again?.recipient, again?.reason, again?.status]).toEqual([
        row.recipient,
        row.reason,
        row.status,
      ]);
    }
  });

  it('keeps the whole diagnostic of a message row in the message itself', () => {
    const message = dsnMessage({ to: 'x@gmail.com', ...UNKNOWN_USER });
    expect(parseBounce(message).recipients[0]?.diagnostic).toMatch(/unnecessary spaces/);
  });
});
