import { describe, expect, it } from 'vitest';
import { forwardedBounce } from './forwarded.ts';
import { parseBounce } from './parse-bounce.ts';

// As Gmail and Outlook show a forwarded bounce, pasted by the person who received it.
const GMAIL_FORWARD = [
  '---------- Forwarded message ---------',
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
  'Date: Tue, 5 Mar 2024 at 10:12',
  'Subject: Delivery Status Notification (Failure)',
  'To: <jane@origin.example>',
  '',
  '',
  'Address not found',
  "Your message wasn't delivered to tom@far.example because the address couldn't be found, or is unable to receive mail.",
  '',
  'The response was:',
  'The email account that you tried to reach does not exist.',
].join('\n');

const OUTLOOK_FORWARD = [
  'Hi, this keeps coming back:',
  '',
  '-----Original Message-----',
  'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@origin.example>',
  'Sent: Tuesday, March 5, 2024 10:12 AM',
  'To: Jane Doe <jane@origin.example>',
  'Subject: Undeliverable: Invoice',
  '',
  "Your message to bob@far.example couldn't be delivered.",
  "bob wasn't found at far.example.",
  '',
  'Diagnostic information for administrators:',
  'bob@far.example',
  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
].join('\n');

describe('forwardedBounce', () => {
  it('reads the forwarded header block as the bounce’s own header', () => {
    expect(forwardedBounce(GMAIL_FORWARD)).toMatch(
      /^From: Mail Delivery Subsystem <mailer-daemon@googlemail\.com>\nDate: .*\nSubject: Delivery Status Notification \(Failure\)\nTo: <jane@origin\.example>\n\nAddress not found\n/,
    );
  });

  it('takes localised labels (Outlook in German)', () => {
    const german = [
      '-----Ursprüngliche Nachricht-----',
      'Von: Microsoft Outlook <postmaster@origin.example>',
      'Gesendet: Dienstag, 5. März 2024 10:12',
      'An: Jane Doe <jane@origin.example>',
      'Betreff: Unzustellbar: Rechnung',
      '',
      'Die Nachricht konnte nicht zugestellt werden.',
    ].join('\n');
    expect(forwardedBounce(german)).toMatch(
      /^From: Microsoft Outlook .*\nDate: .*\nTo: .*\nSubject: Unzustellbar: Rechnung\n\nDie Nachricht/,
    );
  });

  it('leaves a forwarded letter that is no bounce, and a bounce quoting its original', () => {
    expect(
      forwardedBounce(
        '---------- Forwarded message ---------\nFrom: Bob <bob@example.org>\nSubject: Lunch\n\nNoon?',
      ),
    ).toBeUndefined();
    expect(
      forwardedBounce(
        '550 5.1.1 user unknown\n\n-----Original Message-----\nFrom: MAILER-DAEMON@example.org\nSubject: Undeliverable\n\nx',
      ),
    ).toBeUndefined();
  });
});

describe('parseBounce on a pasted forwarded bounce', () => {
  it.each([
    ['Gmail', GMAIL_FORWARD, 'tom@far.example'],
    ['Outlook', OUTLOOK_FORWARD, 'bob@far.example'],
  ])('%s: the failed recipient, not the bounce’s sender', (_, text, address) => {
    const parsed = parseBounce(text);
    expect(parsed.isBounce).toBe(true);
    expect(parsed.recipients.map((r) => r.address)).toEqual([address]);
  });
});

describe('parseBounce on a message forwarding a bounce in its text', () => {
  it('reads the forwarded bounce, not the forwarding message', () => {
    const message = [
      'From: Jane Doe <jane@origin.example>',
      'To: support@helpdesk.example',
      'Subject: Fwd: Undeliverable: Invoice',
      '',
      OUTLOOK_FORWARD,
    ].join('\n');
    const parsed = parseBounce(message);
    expect(parsed.recipients.map((r) => [r.address, r.status])).toEqual([
      ['bob@far.example', '5.1.1'],
    ]);
    expect(parsed.warnings.join(' ')).toMatch(/forwards a bounce in its text/);
  });
});
