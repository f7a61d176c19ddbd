import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import { SEED } from '../test-support/messages.ts';
import { fireProviderRule, hostOf, recogniseProvider } from './recognise.ts';
import { providerById } from './index.ts';
import type { ParsedRecipient } from '../parse/types.ts';

const one = (text: string) => classify(parseBounce(text))[0]!;
const recipient = (diagnostic: string, more: Partial<ParsedRecipient> = {}): ParsedRecipient => ({
  address: '',
  diagnostic,
  ...more,
});
const lower = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

const EXO = '[DB5PEPF00000001.eurprd04.prod.outlook.com 2024-05-01T10:00:00.000Z 08DC6A2B41C2F3D4]';
const GMAIL_NO_SUCH_USER =
  "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.";

// The seed's neighbours as users paste them: with or without a host, inside Exchange's
// "Remote Server returned" wrapper, from a Postfix bounce, Outlook.com's blocks, Gmail's texts.
describe('the seed’s neighbours: reason, permanence and provider', () => {
  it.each([
    [SEED, 'userunknown', true, 'microsoft'],
    [
      '550 5.4.1 Recipient address rejected: Access denied. AS(xxxx)',
      'userunknown',
      true,
      'microsoft',
    ],
    ['550 5.4.1 Recipient address rejected: Access denied', 'userunknown', true, 'microsoft'],
    // Exchange Online Protection names its delisting address, not its servers.
    [
      '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
      'blocked',
      true,
      'microsoft',
    ],
    [
      '550 5.4.1 recipient address rejected: access denied. as(201806281)',
      'userunknown',
      true,
      'microsoft',
    ],
    [
      `550 5.4.1 [bob@contoso.com]: Recipient address rejected: Access denied. AS(201806281) ${EXO}`,
      'userunknown',
      true,
      'microsoft',
    ],
    [
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'",
      'userunknown',
      true,
      'microsoft',
    ],
    [
      "Remote Server returned '550 5.4.1 [bob@contoso.com]: Recipient address rejected: Access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]'",
      'userunknown',
      true,
      'microsoft',
    ],
    [
      '<bob@contoso.com>: host contoso-com.mail.protection.outlook.com[52.101.68.1] said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) (in reply to RCPT TO command)',
      'userunknown',
      true,
      'microsoft',
    ],
    [
      '550 5.4.1 Recipient address rejected: Access denied.\n    AS(201806281)\n    [AM4PEPF00027A6C.eurprd04.prod.outlook.com]',
      'userunknown',
      true,
      'microsoft',
    ],
    [
      '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
      'authfailure',
      true,
      'microsoft',
    ],
    [
      "Remote server returned '550 5.7.515 Access denied, sending domain [EXAMPLE.COM] does not meet the required authentication level.'",
      'authfailure',
      true,
      'microsoft',
    ],
    [
      '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
      'authfailure',
      true,
      'microsoft',
    ],
    [
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      'blocked',
      true,
      'microsoft',
    ],
    [
      "Remote Server returned '550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).'",
      'blocked',
      true,
      'microsoft',
    ],
    [
      '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130). [BN1NAM02FT010.eop-nam02.prod.protection.outlook.com]',
      'blocked',
      true,
      'microsoft',
    ],
    [
      '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
      'blocked',
      true,
      'microsoft',
    ],
    [
      '451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS761)',
      'speeding',
      false,
      'microsoft',
    ],
    [GMAIL_NO_SUCH_USER, 'userunknown', true, 'google'],
    [
      '550 5.1.1 The email account that you tried to reach does not exist.',
      'userunknown',
      true,
      'google',
    ],
    [
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
      'speeding',
      false,
      'google',
    ],
    [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
      'authfailure',
      true,
      'google',
    ],
    [
      '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.',
      'requireptr',
      true,
      'google',
    ],
    [
      '550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
      'spamdetected',
      true,
      'google',
    ],
    [
      '452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp',
      'mailboxfull',
      false,
      'google',
    ],
  ] as const)('%s', (text, reason, permanent, provider) => {
    expect(one(text)).toMatchObject({ reason, permanent, provider: { id: provider } });
  });
});

// Class 5 of the classifier issue: a provider's own codes and wording name it without a host.
describe('providers recognised from their own words alone', () => {
  it.each([
    [
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
      'yahoo',
      'yahoo-deferred',
    ],
    [
      '554 RTR:BB http://postmaster.info.aol.com/errors/554rtrbb.html',
      'yahoo',
      'yahoo-aol-blocked',
    ],
    ['554 5.7.1 [HME1] Message rejected due to local policy.', 'apple', 'apple-hme1'],
    [
      '554 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
      'comcast',
      'comcast-listed',
    ],
    [
      '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
      'orange',
      'orange-over-quota',
    ],
    [
      '554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1',
      'gmx',
      'gmx-ip-blocked',
    ],
    [
      '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
      't-online',
      't-online-ip-refused',
    ],
    [
      '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=x7Kq2',
      'mailru',
      'mailru-spam',
    ],
    [
      '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc',
      'yandex',
      'yandex-spam',
    ],
    [
      '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
      'tencent',
      'tencent-mailbox-not-found',
    ],
    [
      '554 DT:SPM 163 smtp10,DsCowAB3 1623919474,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1',
      'netease',
      'netease-spam',
    ],
    ['552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail', 'zoho', 'zoho-virus'],
    [
      '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1',
      'proofpoint',
      'proofpoint-reputation',
    ],
    [
      '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550',
      'mimecast',
      'mimecast-invalid-recipient',
    ],
    [
      '550 cuda_nsu 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
      'barracuda',
      'barracuda-user-unknown',
    ],
    [
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
      'cisco',
      'cisco-reputation',
    ],
    [
      '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+.',
      'trendmicro',
      'trendmicro-ers',
    ],
    [
      '554 5.4.7 [internal] exceeded max time without delivery',
      'messagelabs',
      'messagelabs-expired',
    ],
    [
      '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
      'microsoft',
      'microsoft-external-forwarding',
    ],
  ] as const)('%s', (text, provider, rule) => {
    expect(one(text).provider).toMatchObject({ id: provider, rule });
  });

  it.each([
    '550-5.7.1 Gmail has detected that this message is likely suspicious due to the very low reputation of the sending domain.',
    '552-5.7.0 This message was blocked because its content presents a potential security issue.',
    "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
  ])('knows Gmail by its words alone: %s', (text) => {
    expect(one(text).provider).toMatchObject({ id: 'google' });
  });

  it('takes no provider from texts that name none', () => {
    for (const text of [
      '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table',
      // Postfix's own access-table refusal says 5.7.1, Microsoft's directory refusal 5.4.1.
      '554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied',
      '554 5.7.1 <bob@example.org>: Relay access denied',
      'retry timeout exceeded',
      '421 4.7.0 Try again later, closing connection.',
    ])
      expect(one(text).provider, text).toBeNull();
  });

  it('reads an AS(nnnn) rule number as Microsoft’s without making it a filter', () => {
    expect(
      one('550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)'),
    ).toMatchObject({
      reason: 'spamdetected',
      provider: { id: 'microsoft', code: 'AS(4810)', rule: 'microsoft-as-rule' },
    });
  });
});

describe('recogniseProvider', () => {
  it('trusts the answering server’s host first, then the text, then the recipient domain', () => {
    const gmailHost = recipient('550 5.7.1 [CS01] Message rejected', {
      remoteMta: 'mx.google.com',
    });
    expect(recogniseProvider(gmailHost, lower(gmailHost.diagnostic))?.family.id).toBe('google');
    const signed = recipient('550 5.7.1 [CS01] Message rejected', { address: 'bob@gmail.com' });
    expect(recogniseProvider(signed, lower(signed.diagnostic))).toMatchObject({
      family: { id: 'apple' },
      via: expect.stringMatching(/\[cs01\]/),
    });
    const byDomain = recipient('550 5.1.1 unknown', { address: 'bob@gmail.com' });
    expect(recogniseProvider(byDomain, lower(byDomain.diagnostic))?.via).toBe(
      'recipient domain gmail.com',
    );
    const reporter = recipient('550 5.1.1 unknown', {
      reportingMta: 'BN8PR11MB1234.namprd11.prod.outlook.com',
    });
    expect(recogniseProvider(reporter, lower(reporter.diagnostic))).toMatchObject({
      family: { id: 'microsoft' },
      role: 'reporter',
    });
  });

  it('does not take Gmail for the receiver when it relays another server’s refusal', () => {
    const relay =
      'Google tried to deliver your message, but it was rejected by the recipient domain. ' +
      'We recommend contacting the other email provider for further information about the cause ' +
      'of this error. The error that the other server returned was: 554 5.7.1 Service ' +
      'unavailable; Client host [192.0.2.49] blocked using cbl.abuseat.org';
    const other = recipient(relay, { address: 'bob@example.com' });
    expect(recogniseProvider(other, lower(other.diagnostic))).toBeUndefined();
    // The relayed reply's own words still name its provider.
    const fromOutlook = recipient(`${relay} AS(1450)`, { address: 'bob@example.com' });
    expect(recogniseProvider(fromOutlook, lower(fromOutlook.diagnostic))?.family.id).toBe(
      'microsoft',
    );
  });

  it('names the provider the text names first when it names two', () => {
    const relayed = recipient(
      `${GMAIL_NO_SUCH_USER} - gsmtp [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]`,
    );
    expect(recogniseProvider(relayed, lower(relayed.diagnostic))?.family.id).toBe('google');
  });

  it('matches host names by their longest known suffix, on label boundaries', () => {
    const host = (name: string) =>
      recogniseProvider(recipient('', { remoteMta: name }), '')?.family.id;
    expect(host('hotmail-com.olc.protection.outlook.com')).toBe('microsoft');
    expect(host('mx-01-eu-west-1.prod.hydra.sophos.com')).toBe('sophos');
    expect(host('mx00.t-online.de')).toBe('t-online');
    expect(host('mx.notgoogle.com')).toBeUndefined();
    expect(host('inbound-smtp.eu-west-1.amazonaws.com')).toBe('amazon');
    expect(host('ec2-192-0-2-1.compute-1.amazonaws.com')).toBeUndefined();
  });

  it('reads the host out of a DSN field', () => {
    expect(hostOf('mx.example.com. (192.0.2.1, the server for example.com)')).toBe(
      'mx.example.com',
    );
  });
});

describe('fireProviderRule', () => {
  it('fires docomo’s reception-settings rule only after DATA', () => {
    const docomo = providerById('docomo');
    const text = '550 unknown user bob@docomo.ne.jp';
    expect(fireProviderRule(docomo, text, 'DATA')?.rule.id).toBe('docomo-reception-refused');
    expect(fireProviderRule(docomo, text, 'RCPT')).toBeUndefined();
    expect(fireProviderRule(docomo, text)).toBeUndefined();
  });

  it('fills the provider’s code from the text', () => {
    const fired = fireProviderRule(
      providerById('yahoo'),
      '421 4.7.0 [tss04] messages from 192.0.2.1',
    );
    expect(fired).toMatchObject({ code: 'TSS04', matched: '[tss04]' });
  });

  it('gives the code the reply gives, and none when it gives none', () => {
    const google = providerById('google');
    const words =
      'our system has detected an unusual rate of unsolicited mail originating from your ip address';
    expect(fireProviderRule(google, `550-5.7.1 [192.0.2.1] ${words}`)?.code).toBe('5.7.1');
    expect(fireProviderRule(google, `421 4.7.0 ${words}`)?.code).toBe('4.7.0');
    const bare = fireProviderRule(google, words);
    expect(bare?.rule.id).toBe('google-unsolicited-rate-block');
    expect(bare?.code).toBeUndefined();
  });
});
