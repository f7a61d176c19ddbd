import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import type { ParsedBounce, ParsedRecipient } from '../parse/types.ts';
import { EXIM_TEXT, GMAIL_AUTH_SMTP, POSTFIX_DSN, SEED } from '../test-support/messages.ts';

const one = (input: string) => classify(parseBounce(input))[0]!;

describe('classify', () => {
  it('reads the seed as Microsoft directory-based edge blocking: the address does not exist', () => {
    const result = one(SEED);
    expect(result).toMatchObject({
      reason: 'userunknown',
      permanent: true,
      hardBounce: true,
      status: '5.4.1',
      replyCode: 550,
      actor: 'sender',
      confidence: 'high',
      provider: { id: 'microsoft', code: 'AS(201806281)' },
    });
    expect(result.provider?.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(result.provider?.meaning).toMatch(/Directory-Based Edge Blocking/);
    expect(result.evidence[0]).toMatchObject({ text: 'as(201806281)', reason: 'userunknown' });
    // Some pages call it an anti-spam block: that reading is listed, with the check that settles it.
    expect(result.alternatives).toEqual([
      expect.objectContaining({ reason: 'blocked', settleBy: 'blocklists' }),
    ]);
    expect(result.summary).toMatch(/no mailbox at this address/);
  });

  it('lets the status code settle a text that names two causes (Exchange 2003 #5.2.2 / #5.3.4)', () => {
    const text =
      'This message is larger than the current system limit or the recipient’s mailbox is full. Create a shorter message body or remove attachments and try sending it again.';
    expect(one(`552 5.2.2 ${text}`).reason).toBe('mailboxfull');
    expect(one(`554 5.3.4 ${text}`).reason).toBe('mesgtoobig');
  });

  it('reads amavisd-new refusals by the category they name', () => {
    expect(one('554 5.7.0 Reject, id=31536-15 - BANNED: .exe,invoice.bat').reason).toBe(
      'policyviolation',
    );
    expect(one('554 5.7.0 Reject, id=31536-15 - INFECTED: Eicar-Signature').reason).toBe(
      'virusdetected',
    );
  });

  it('reads a Gmail 5.7.26 rejection as an authentication failure', () => {
    const result = one(GMAIL_AUTH_SMTP);
    expect(result).toMatchObject({
      reason: 'authfailure',
      permanent: true,
      hardBounce: false,
      provider: { id: 'google', code: '5.7.26', role: 'receiver' },
      actor: 'sender',
    });
  });

  it('names the provider that only wrote the notice as its reporter, not as the one that refused', () => {
    // Gmail's own notice that the recipient domain's DNS failed, and Exchange Online's that the
    // destination's DNSSEC did not validate: each sender's provider tells of another's failure.
    const gmail = one(
      "DNS Error: 15483 DNS type 'mx' lookup of example.org responded with code SERVFAIL Learn more at https://support.google.com/mail/?p=DnsError",
    );
    expect(gmail.provider).toMatchObject({ id: 'google', code: 'DNS Error', role: 'reporter' });
    const exchange = one(
      '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
    );
    expect(exchange.provider).toMatchObject({ id: 'microsoft', role: 'reporter' });
  });

  it('classifies each recipient of a report on its own', () => {
    const [bob, carol] = classify(parseBounce(POSTFIX_DSN));
    expect(bob).toMatchObject({
      index: 1,
      recipient: 'bob@receiver.example',
      reason: 'userunknown',
      permanent: true,
      hardBounce: true,
    });
    expect(carol).toMatchObject({
      index: 2,
      recipient: 'carol@receiver.example',
      reason: 'mailboxfull',
      permanent: false,
      hardBounce: false,
      actor: 'recipient',
    });
  });

  it('tells whose TLS failed: the receiver asking for it, or the receiver not offering it', () => {
    expect(one('530 5.7.0 Must issue a STARTTLS command first')).toMatchObject({
      reason: 'failedstarttls',
      actor: 'sender-esp',
    });
    // Postfix's own policy required TLS; the receiving server had none to offer.
    expect(
      one('TLS is required, but was not offered by host mx.example.org[192.0.2.25]'),
    ).toMatchObject({ reason: 'failedstarttls', actor: 'recipient-admin' });
  });

  it('reads "unauthenticated" beside an RFC 7372 code as the message authentication it names', () => {
    expect(one('550 5.7.26 unauthenticated sender').reason).toBe('authfailure');
    expect(one('530 5.7.0 unauthenticated sender').reason).toBe('securityerror');
  });

  it('calls a bounce hard only when the address itself cannot receive mail', () => {
    expect(
      one('450 4.1.1 <a@example.org>: Recipient address rejected: User unknown'),
    ).toMatchObject({ reason: 'userunknown', permanent: false, hardBounce: true });
    expect(one('550 5.1.2 Host unknown: no such domain example.invalid')).toMatchObject({
      reason: 'hostunknown',
      hardBounce: true,
    });
    expect(one('556 5.1.10 Recipient address has null MX')).toMatchObject({
      reason: 'notaccept',
      permanent: true,
      hardBounce: true,
    });
    // Refused for the sender's reputation: final for this message, but the address is fine.
    expect(
      one('550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'),
    ).toMatchObject({ reason: 'blocked', permanent: true, hardBounce: false });
  });

  it('reads content filtering at DATA as spam', () => {
    expect(one(EXIM_TEXT)).toMatchObject({
      reason: 'spamdetected',
      permanent: true,
      hardBounce: false,
    });
  });

  it.each([
    [
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
      'rejected',
      'yahoo',
      'TSS04',
      false,
    ],
    [
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      'policyviolation',
      'apple',
      'CS01',
      true,
    ],
    [
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      'blocked',
      'microsoft',
      'S3150',
      true,
    ],
    [
      '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
      'blocked',
      'microsoft',
      '5.7.606',
      true,
    ],
  ])('knows provider codes: %s', (text, reason, provider, code, hard) => {
    expect(one(text)).toMatchObject({ reason, permanent: hard, provider: { id: provider, code } });
  });

  it.each([
    ['552 5.3.4 Message size exceeds fixed maximum message size', 'mesgtoobig'],
    [
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
      'blocked',
    ],
    ['550 5.7.1 Email rejected per DMARC policy for example.org', 'authfailure'],
    ['554 5.7.1 <x@example.org>: Relay access denied', 'norelaying'],
    ['530 5.7.0 Must issue a STARTTLS command first', 'failedstarttls'],
    ['550 5.1.6 recipient no longer on server', 'hasmoved'],
    ['553 5.1.8 <a@b.example>... Domain of sender address a@b.example does not exist', 'rejected'],
    ['450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', 'requireptr'],
    ['550 Virus Detected; Content Rejected', 'virusdetected'],
    ['452 4.3.1 Insufficient system storage', 'systemfull'],
  ])('reads the words of the server: %s', (text, reason) => {
    expect(one(text).reason).toBe(reason);
  });

  it('calls an unknown-user answer after DATA a filter, and says what would settle it', () => {
    const result = one(
      'host mx.example.org[192.0.2.1] said: 550 User unknown (in reply to end of DATA command)',
    );
    expect(result.reason).toBe('filtered');
    expect(result.alternatives).toContainEqual(expect.objectContaining({ reason: 'userunknown' }));
  });

  it('reads a queue that gave up as expired, and a temporary reply as temporary', () => {
    expect(
      one('connect to mx.example.org[192.0.2.1]:25: Connection timed out; retry timeout exceeded')
        .reason,
    ).toBe('expired');
    expect(one('451 4.3.0 Temporary local problem - please try later')).toMatchObject({
      permanent: false,
      hardBounce: false,
    });
  });

  it('reads the cause a server writes after 554 "Transaction failed", and the bare text as a system error', () => {
    expect(one('554 Transaction failed: spam message rejected').reason).toBe('spamdetected');
    expect(one('554 Transaction failed').reason).toBe('systemerror');
  });

  it('says a delay warning is temporary and still being tried, not given up', () => {
    const warning = [
      '**********************************************',
      '**      THIS IS A WARNING MESSAGE ONLY      **',
      '**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '**********************************************',
      '',
      '   ----- Transcript of session follows -----',
      '<joe@example.com>... Deferred: Connection timed out with mx.example.net.',
      'Warning: message still undelivered after 4 hours',
      'Will keep trying until message is 5 days old',
    ].join('\n');
    const result = one(warning);
    expect(result).toMatchObject({ recipient: 'joe@example.com', permanent: false });
    expect(result.source.retrying).toBe(true);
    expect(result.summary).toMatch(/still retrying|still trying/);
    expect(result.summary).not.toMatch(/expired from its queue/);
    // The final notice of the same server still reads as given up, for good.
    const final = one(
      '<joe@example.com>... Deferred: Connection timed out with mx.example.net.\nMessage could not be delivered for 5 days\nMessage will be deleted from queue',
    );
    expect(final).toMatchObject({ reason: 'expired', permanent: true });
    expect(final.source.retrying).toBeUndefined();
  });

  it('a refusal of the sender does not blame the address when the server names its sending', () => {
    // Yahoo defers the IP's volume at MAIL FROM: "rejected" by the stage, not by the address.
    const result = one(
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1 (in reply to MAIL FROM command)',
    );
    expect(result).toMatchObject({ reason: 'rejected', provider: { id: 'yahoo', code: 'TSS04' } });
    expect(result.summary).toMatch(
      /envelope sender address \(MAIL FROM\), its domain, or the server/,
    );
    expect(result.summary).not.toMatch(/sender address was refused/);
  });

  it('reads Exchange Online’s localised "joe wasn’t found at example.com" by the recipient’s name', () => {
    const result = one(
      'Ihre Nachricht an joe@example.com konnte nicht zugestellt werden. joe wurde bei example.com nicht gefunden.',
    );
    expect(result).toMatchObject({
      recipient: 'joe@example.com',
      reason: 'userunknown',
      permanent: true,
    });
  });

  it('says onhold when the words say nothing it knows', () => {
    expect(one('550 nope')).toMatchObject({ reason: 'onhold', confidence: 'low' });
  });

  describe('recipients that a report gives the same words', () => {
    const report = (recipients: ParsedRecipient[]): ParsedBounce => ({
      kind: 'message',
      isBounce: true,
      format: 'rfc3464',
      recipients,
      warnings: [],
    });
    const refused = (address: string, diagnostic = '550 5.2.2 mailbox full'): ParsedRecipient => ({
      address,
      diagnostic,
      status: '5.2.2',
      replyCode: 550,
    });

    it('share one reading, each with its own address, place and summary', () => {
      const [a, b] = classify(report([refused('a@x.example'), refused('b@x.example')]));
      expect(b).toEqual({
        ...a,
        index: 2,
        recipient: 'b@x.example',
        summary: a!.summary.replace('a@x.example', 'b@x.example'),
        source: expect.objectContaining({ address: 'b@x.example' }),
      });
      expect(b!.summary).toMatch(/^Mail to b@x\.example: /);
    });

    it('are read apart when their domains name different providers', () => {
      const [other, gmail] = classify(report([refused('a@x.example'), refused('a@gmail.com')]));
      expect(other!.provider).toBeNull();
      expect(gmail!.provider).toMatchObject({ id: 'google' });
    });

    it('are read apart when the text names them: each reading starts where its address is', () => {
      const text =
        '550 5.1.1 <a@x.example>... User unknown 552 5.2.2 <b@x.example>... Mailbox full';
      const named = (address: string) => ({ address, diagnostic: text, command: 'RCPT' as const });
      const [a, b] = classify(report([named('a@x.example'), named('b@x.example')]));
      expect([a!.reason, b!.reason]).toEqual(['userunknown', 'mailboxfull']);
    });
  });
});
