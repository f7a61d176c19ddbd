import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.ts';
import { toSenderDetails } from './details.ts';
import { fieldsFor } from './fields.ts';
import { growth, LINEAR } from '../test-support/growth.ts';
import { addressIn, domainOf, prefillSender } from './prefill.ts';

const GMAIL = [
  '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
  '550-5.7.26  SPF [example.com] with ip: [192.0.2.25] = did not pass',
  '550 5.7.26  https://support.google.com/mail/answer/81126#authentication - gsmtp',
].join('\n');

const DSN = [
  'From: MAILER-DAEMON@mx.example.net',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
  '',
  '--r',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; jane@example.org',
  'Action: failed',
  'Status: 5.7.1',
  'Diagnostic-Code: smtp; 550 5.7.1 rejected by policy',
  '',
  '--r',
  'Content-Type: message/rfc822',
  '',
  'Return-Path: <bounces+123@em.sendgrid.net>',
  'Received: from mail.sender.example (mail.sender.example [93.184.216.34]) by mx.example.net',
  'DKIM-Signature: v=1; a=rsa-sha256; d=sender.example; s=s1; h=from; bh=x; b=y',
  'From: Sales <sales@sender.example>',
  'To: jane@example.org',
  'Subject: Offer',
  '',
  'Hello',
  '--r--',
].join('\r\n');

describe('prefillSender', () => {
  it('reads the SPF domain and IP from Gmail’s reply, saying so', async () => {
    const { parsed, results } = await diagnose(GMAIL);
    const prefill = prefillSender(parsed, results[0]);
    expect(prefill.envelopeDomain).toEqual({
      value: 'example.com',
      from: expect.stringContaining('reply'),
    });
    expect(prefill.sendingIp?.value).toBe('192.0.2.25');
    expect(prefill.fromAddress).toBeUndefined();
  });

  it('reads a returned message’s headers: From, Return-Path, IP, DKIM selector, service', async () => {
    const { parsed, results } = await diagnose(DSN);
    const prefill = prefillSender(parsed, results[0]);
    expect(prefill.recipient?.value).toBe('jane@example.org');
    expect(prefill.fromAddress?.value).toBe('sales@sender.example');
    expect(prefill.envelopeDomain?.value).toBe('em.sendgrid.net');
    expect(prefill.dkimSelector?.value).toBe('s1');
    expect(prefill.esp?.value).toBe('sendgrid');
    expect(prefill.fromAddress?.from).toContain('From header');
  });

  it('reads the client IP of a blocklist refusal', async () => {
    const { parsed, results } = await diagnose(
      '550 5.7.1 Client host [93.184.216.34] blocked using zen.spamhaus.org',
    );
    expect(prefillSender(parsed, results[0]).sendingIp?.value).toBe('93.184.216.34');
  });
});

describe('sender details', () => {
  it('asks only for what the checks need', () => {
    expect(fieldsFor(['address'])).toEqual(['recipient']);
    expect(fieldsFor(['blocklists', 'reverse-dns'])).toEqual(['fromAddress', 'sendingIp']);
    expect(fieldsFor([])).toEqual([]);
  });

  it('turns the form into the checks’ SenderDetails, a typed selector first', () => {
    const details = toSenderDetails({
      fromAddress: 'Sales <sales@Sender.example>',
      dkimSelector: 'k1',
      sendingIp: ' 192.0.2.1 ',
      recipient: 'jane@example.org',
    });
    expect(details).toEqual({
      fromAddress: 'sales@sender.example',
      fromDomain: 'sender.example',
      sendingIp: '192.0.2.1',
      dkim: [{ domain: 'sender.example', selector: 'k1' }],
      recipient: 'jane@example.org',
    });
  });
});

describe('addressIn and domainOf on hostile header values', () => {
  it('find the first address as the pattern did', () => {
    expect(addressIn('Sales <Sales@Sender.example>')).toBe('sales@sender.example');
    expect(addressIn('q@r.s@t.u')).toBe('q@r.s');
    expect(addressIn('a@b, c@d.e')).toBe('c@d.e');
    expect(addressIn('@a.b a@.b a@b.')).toBeUndefined();
    expect(domainOf('<bob@Example.org.>')).toBe('example.org');
  });

  // Issue 13: an 80,000-character From without an address took 12 s with the pattern.
  it('take linear time on long values without an address', () => {
    const values: ((n: number) => string)[] = [
      (n) => 'a'.repeat(n),
      (n) => 'a@'.repeat(n / 2),
      (n) => '@'.repeat(n),
    ];
    for (const value of values) {
      expect(addressIn(value(10))).toBeUndefined();
      expect(growth((n) => addressIn(value(n)), 50_000)).toBeLessThan(LINEAR);
    }
    expect(growth((n) => domainOf(`a${'.'.repeat(n)}b`), 50_000)).toBeLessThan(LINEAR);
  });
});
