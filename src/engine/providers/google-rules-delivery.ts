/** Gmail's delivery-side rules: connection and DNS failures, TLS, Workspace admin rules, Groups. */
import { GMAIL_ERRORS } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const GOOGLE_RULES_DELIVERY: ProviderRule<'google'>[] = [
  {
    id: 'google-could-not-connect',
    pattern: /did not accept our requests to connect/,
    code: '4.4.1',
    reason: 'expired',
    meaning: 'Google could not connect to the recipient’s server and gave up after retrying.',
    role: 'reporter',
    source: 'https://pastebin.com/HCmcvY7u',
    example:
      'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.org 192.0.2.45: generic::failed_precondition: connect error (0): error]',
  },
  {
    id: 'google-null-mx',
    pattern: /dns error.{0,120}doesn'?t receive email|null mx/,
    code: 'Null MX',
    reason: 'notaccept',
    meaning: 'The recipient domain publishes a null MX: it accepts no email (RFC 7505).',
    role: 'reporter',
    source: 'https://www.rfc-editor.org/rfc/rfc7505',
    example:
      "DNS Error: 27180 DNS type 'mx' lookup of example.org responded with code NOERROR The domain example.org doesn't receive email according to the administrator: returned Null MX",
  },
  {
    id: 'google-dns-error',
    pattern: /dns error/,
    code: 'DNS Error',
    reason: 'networkerror',
    meaning: 'Google could not resolve the recipient domain’s mail servers.',
    role: 'reporter',
    source: GMAIL_ERRORS,
    example:
      "DNS Error: 15483 DNS type 'mx' lookup of example.org responded with code SERVFAIL Learn more at https://support.google.com/mail/?p=DnsError",
  },
  {
    id: 'google-tls-required',
    pattern: /must issue a starttls|tls required for rcpt domain/,
    code: '5.7.0',
    reason: 'failedstarttls',
    meaning: 'TLS is required.',
    source: GMAIL_ERRORS,
    example: '421-4.7.0 TLS required for RCPT domain, closing connection. - gsmtp',
  },
  {
    id: 'google-admin-rule',
    pattern: /- gcdp\b/,
    code: 'gcdp',
    reason: 'filtered',
    actor: 'recipient-admin',
    meaning:
      'A custom rule of the recipient’s Google Workspace administrator rejected the message.',
    source: GMAIL_ERRORS,
    example: '550-5.7.1 This message violates example.org email policy. - gcdp x7Kq2 - gsmtp',
  },
  {
    id: 'google-custom-from',
    pattern: /send mail as|customfromdenied/,
    code: 'CustomFromDenied',
    reason: 'rejected',
    meaning: 'The “Send mail as” address is not configured correctly in Gmail.',
    source: 'https://support.google.com/mail/?p=CustomFromDenied',
    example:
      '553-5.7.1 [192.0.2.45] The sender address bob@example.com is not allowed to send mail as this user. Learn more at https://support.google.com/mail/?p=CustomFromDenied - gsmtp',
  },
  {
    id: 'google-groups',
    pattern: /the group you tried to contact|groups\.google\.com/,
    code: 'Google Groups',
    reason: 'rejected',
    meaning: 'The Google Group does not exist or you may not post to it.',
    source: 'https://support.google.com/groups/',
    example:
      "We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.",
  },
];
