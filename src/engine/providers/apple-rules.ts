/** iCloud Mail's own codes ([CS01], [HM08], [HME1]) and wording. */
import { APPLE_POSTMASTER, fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const APPLE_RULES: ProviderRule<'apple'>[] = [
  {
    id: 'apple-cs01',
    pattern: /\[(cs01|bs01)\]/,
    code: '$1',
    reason: 'policyviolation',
    meaning: 'Rejected by iCloud local policy (content or reputation).',
    source: fieldManual(550, 90),
    example:
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
  },
  {
    id: 'apple-cs02',
    pattern: /\[(cs02)\]/,
    code: 'CS02',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning: 'Rejected by iCloud local policy, usually the (shared) IP’s reputation.',
    source:
      'https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-apples-cs02-error-mean-and-how-can-i-fix-it-on-a-shared-ip',
    example: '554 5.7.1 [CS02] Message rejected due to local policy',
  },
  {
    id: 'apple-cs03',
    pattern: /\[(cs0[34])\]/,
    code: '$1',
    reason: 'policyviolation',
    meaning: 'Rejected by iCloud local policy.',
    source: APPLE_POSTMASTER,
    example:
      '554 5.7.1 [CS03] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322',
  },
  {
    id: 'apple-hm08',
    pattern: /\[(hm08)\]/,
    code: 'HM08',
    reason: 'policyviolation',
    meaning: 'Rejected by iCloud local policy, often because of the content.',
    source:
      'https://github.com/fm/smtp-codes/blob/f506d3491e380e7538bbe579f69e04482753803e/data/codes/554.json#L132',
    example: '554 5.7.1 [HM08] Message rejected due to local policy.',
  },
  {
    id: 'apple-hme1',
    pattern: /\[(hme1)\]/,
    code: 'HME1',
    reason: 'authfailure',
    meaning: 'The message failed both SPF and DKIM.',
    source: 'https://bentonow.com/smtp-errors/apple/554-5-7-1-hme1',
    example:
      '554 5.7.1 [HME1] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322',
  },
  {
    id: 'apple-dmarc',
    pattern: /dmarc policy/,
    code: '5.7.1',
    reason: 'authfailure',
    meaning: 'The message failed DMARC and the sender domain’s policy asks to reject it.',
    source: fieldManual(550, 97),
    example:
      '550 5.7.1 Your message was rejected due to example.com’s DMARC policy. See https://support.apple.com/en-us/HT204137 for info',
  },
  {
    id: 'apple-spamhaus-dbl',
    pattern: /spamhaus dbl/,
    code: '5.7.1',
    reason: 'spamdetected',
    meaning: 'A domain in the message is on the Spamhaus DBL.',
    source: fieldManual(550, 104),
    example:
      '<bob@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: 550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/ (in reply to end of DATA command)',
  },
  {
    id: 'apple-ip-listed',
    pattern: /spamhaus sbl|proofpoint/,
    code: '5.7.1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is listed (Spamhaus SBL or Proofpoint reputation).',
    source: 'https://github.com/forwardemail/free-email-forwarding/issues/219',
    example:
      '<bob@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.45 (in reply to MAIL FROM command)',
  },
  {
    id: 'apple-over-quota',
    pattern: /user is over ?quota|over quota/,
    code: '5.2.2',
    reason: 'mailboxfull',
    meaning: 'The iCloud mailbox is full.',
    source: fieldManual(552, 85),
    example:
      '<bob@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: 552 5.2.2 <bob@icloud.com>: user is overquota (in reply to RCPT TO command)',
  },
  {
    id: 'apple-excessive-volume',
    pattern: /deferred due to excessive volume/,
    code: '4.7.1',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'Too much mail to this recipient.',
    source: fieldManual(421, 108),
    example:
      '421 4.7.1 Messages to bob@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
  },
];
