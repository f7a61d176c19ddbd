/** Gmail's authentication, reverse-DNS, TLS and rate rules (4.7.2x / 5.7.2x-40). */
import { GMAIL_ERRORS, GMAIL_GUIDELINES, fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const GOOGLE_RULES_AUTH: ProviderRule<'google'>[] = [
  {
    id: 'google-dmarc',
    pattern: /5\.7\.26\b.{0,200}dmarc|not accepted due to domain'?s dmarc/,
    code: '5.7.26',
    reason: 'authfailure',
    meaning: 'The message failed DMARC and the sender domain’s policy asks receivers to reject it.',
    source: fieldManual(550, 50),
    example:
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. d2si123 - gsmtp",
  },
  {
    id: 'google-spf-hard-fail',
    pattern: /5\.7\.26\b.{0,200}(?:hard fail policy|\(-all\))/,
    code: '5.7.26',
    reason: 'authfailure',
    meaning: 'SPF failed against a hard-fail (-all) record.',
    source: GMAIL_ERRORS,
    example:
      '550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.45]. To best protect our users from spam and phishing, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information.',
  },
  {
    id: 'google-unauthenticated',
    pattern: /[45]\.7\.26\b/,
    code: '5.7.26',
    reason: 'authfailure',
    meaning:
      'The sender is unauthenticated: neither SPF nor DKIM passed. Gmail requires at least one (bulk senders: both, plus DMARC).',
    source: GMAIL_GUIDELINES,
    example:
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.45] = did not pass',
  },
  {
    id: 'google-spf',
    pattern: /[45]\.7\.(27)\b/,
    code: '5.7.27',
    reason: 'authfailure',
    meaning: 'SPF did not pass; bulk senders to Gmail must pass SPF.',
    source: GMAIL_GUIDELINES,
    example:
      '421-4.7.27 This mail has been rate limited because SPF does not pass. For more information, go to https://support.google.com/mail/answer/81126#authentication - gsmtp',
  },
  {
    id: 'google-dkim',
    pattern: /[45]\.7\.(30)\b/,
    code: '5.7.30',
    reason: 'authfailure',
    meaning: 'DKIM did not pass; bulk senders to Gmail must sign with DKIM.',
    source: GMAIL_GUIDELINES,
    example:
      '550-5.7.30 This mail has been blocked because it did not pass DKIM authentication. For more information, go to https://support.google.com/mail/answer/81126#authentication - gsmtp',
  },
  {
    id: 'google-alignment',
    pattern: /[45]\.7\.(32)\b/,
    code: '5.7.32',
    reason: 'authfailure',
    meaning: 'The From domain is not aligned with the SPF or DKIM domain (DMARC alignment).',
    source: GMAIL_GUIDELINES,
    example:
      '421-4.7.32 This mail has been rate limited because there is no DMARC alignment. For more information, go to https://support.google.com/mail/answer/81126#authentication - gsmtp',
  },
  {
    id: 'google-no-dmarc',
    pattern: /[45]\.7\.(40)\b/,
    code: '5.7.40',
    reason: 'authfailure',
    meaning: 'The sender domain has no DMARC record; bulk senders must publish one.',
    source: GMAIL_GUIDELINES,
    example:
      "550-5.7.40 This mail has been blocked because the sender's domain doesn't have a DMARC record. For more information, go to https://support.google.com/mail/answer/81126#authentication - gsmtp",
  },
  {
    id: 'google-suspicious-spf',
    pattern: /[45]\.7\.(24)\b/,
    code: '5.7.24',
    reason: 'authfailure',
    meaning: 'The SPF record of the sending domain has suspicious entries.',
    source: GMAIL_ERRORS,
    example:
      '550-5.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your domain has been blocked. - gsmtp',
  },
  {
    id: 'google-ptr',
    pattern: /[45]\.7\.(2[35])\b|does not have a ptr record|ptr record/,
    code: '5.7.25',
    reason: 'requireptr',
    actor: 'sender-esp',
    meaning: 'The sending IP has no PTR record, or the PTR name does not resolve back to the IP.',
    source: 'https://senderreputation.org/bounce-codes/5-7-25',
    example:
      '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.',
  },
  {
    id: 'google-tls',
    pattern: /[45]\.7\.(29)\b/,
    code: '5.7.29',
    reason: 'failedstarttls',
    actor: 'sender-esp',
    meaning: 'The message was not sent over TLS; bulk senders must use TLS.',
    source: GMAIL_GUIDELINES,
    example:
      "550-5.7.29 This mail has been blocked because it wasn't sent over a TLS connection. For more information, go to https://support.google.com/mail/answer/81126 - gsmtp",
  },
];
