/** Microsoft's routing, mailbox, TLS and generic AS(nnnn) rules. */
import { NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const MICROSOFT_RULES: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-relay-denied',
    pattern: /5\.4\.1 relay access denied/,
    code: '5.4.1',
    reason: 'norelaying',
    actor: 'recipient-admin',
    meaning:
      'The recipient domain’s MX points at Microsoft 365, but the domain is not an accepted domain of that tenant.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online',
    example:
      '#550 5.4.1 Relay Access Denied ## [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
  },
  {
    id: 'microsoft-recipient-not-found',
    pattern: /5\.1\.10\b|recipientnotfound/,
    code: '5.1.10',
    reason: 'userunknown',
    meaning: 'The recipient address was not found in the tenant by SMTP address lookup.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/recipientnotfound-ndr',
    example:
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
  },
  {
    id: 'microsoft-recip-not-found',
    pattern: /\bexrecipnotfound|recipnotfound|5\.1\.1 bad destination|5\.1\.11\b/,
    code: '5.1.1',
    reason: 'userunknown',
    meaning: 'The recipient does not exist.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/exrecipnotfound-ndr',
    example: '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
  },
  {
    id: 'microsoft-sender-denied',
    pattern: /5\.1\.0 sender denied/,
    code: '5.1.0',
    reason: 'rejected',
    meaning: 'The recipient’s server refused the sender address.',
    source: NDR,
    example: '550 5.1.0 Sender denied [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
  },
  {
    id: 'microsoft-loop',
    pattern: /(5\.4\.(?:6|14))\b.{0,40}(?:loop|hop count)|routing loop detected/,
    code: '$1',
    reason: 'networkerror',
    meaning: 'A mail loop was detected.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/administration/hop-count-exceeded-ndr',
    example: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34',
  },
  {
    id: 'microsoft-expired',
    pattern: /4\.4\.7 (?:message|queue\.)expired|(5\.4\.300)\b/,
    code: '4.4.7',
    reason: 'expired',
    meaning: 'The message expired in the queue before it could be delivered.',
    role: 'reporter',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    example: '#550 4.4.7 QUEUE.Expired; message expired ##',
  },
  {
    id: 'microsoft-bare-lf',
    pattern: /5\.6\.11\b/,
    code: '5.6.11',
    reason: 'contenterror',
    meaning: 'The message contains bare line feeds (LF without CR).',
    source: NDR,
    example:
      '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT',
  },
  {
    id: 'microsoft-relayed-spam',
    pattern: /5\.7\.350\b.{0,60}detected as spam/,
    code: '5.7.350',
    reason: 'spamdetected',
    meaning: 'The next server refused the message as spam, and Exchange Online passed that on.',
    source:
      'https://support.nhs.net/2024/01/microsoft-365-alert-service-degradation-exchange-online-some-users-may-be-unable-to-send-or-receive-email-messages-and-receive-a-non-delivery-report-ndr/',
    example: '550 5.7.350 Remote server returned message detected as spam',
  },
  {
    id: 'microsoft-header-too-long',
    pattern: /x-dg-ref header is too long/,
    code: '5.0.350',
    reason: 'contenterror',
    meaning: 'A Rich Text (TNEF) header of the message is too long; send it as HTML or plain text.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/550-x-dg-ref-header-too-long-ndr',
    example: '550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long.',
  },
  {
    id: 'microsoft-nested-attachments',
    pattern: /policy violation detected \(as345\)/,
    code: 'AS(345)',
    reason: 'policyviolation',
    meaning: 'Microsoft refuses messages with too deeply nested attachments.',
    source: NDR,
    example: '550 5.0.350 Requested action not taken: policy violation detected (AS345)',
  },
  {
    id: 'microsoft-as-rule',
    pattern: /\bas\((\d{3,})\)/,
    code: 'AS($1)',
    reason: null,
    meaning:
      'An internal Microsoft anti-spam rule number (not an autonomous system number); the status code and text say which kind of block it is.',
    source: NDR,
    example: '550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)',
  },
  // "550 Requested action not taken: mailbox unavailable" from Outlook.com consumer mailboxes.
  {
    id: 'microsoft-mailbox-unavailable',
    pattern: /requested action not taken: mailbox unavailable/,
    code: '5.5.0',
    reason: 'userunknown',
    meaning: 'Outlook.com has no mailbox at this address.',
    source: NDR,
    example:
      '<bob@hotmail.com>: host hotmail-com.olc.protection.outlook.com[104.47.55.33] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). (in reply to RCPT TO command)',
  },
];
