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
    pattern: /\bexrecipnotfound|recipnotfound|5\.1\.1 bad destination/,
    code: '5.1.1',
    reason: 'userunknown',
    meaning: 'The recipient does not exist.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/exrecipnotfound-ndr',
    example: '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##',
  },
  {
    id: 'microsoft-mailbox-full',
    pattern:
      /storedrv\.deliver.{0,40}(?:mailbox full|quota)|(?:mailbox full; )?storedrv\.\w+\.exception:quotaexceededexception|shutoffquotaexceeded/,
    code: 'STOREDRV',
    reason: 'mailboxfull',
    meaning: 'The recipient mailbox is over quota.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/cannot-send-mail-mepf',
    example:
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded',
  },
  {
    id: 'microsoft-sending-limit',
    pattern: /5\.2\.2 submission quota exceeded|(5\.1\.90)\b|(5\.2\.12[12])\b/,
    code: '$1',
    reason: 'speeding',
    meaning: 'A sending or receiving rate limit was exceeded.',
    source: NDR,
    example:
      "550 5.2.122 Recipient's per hour message receive limit exceeded [DB5PEPF00000011.eurprd04.prod.outlook.com]",
  },
  {
    id: 'microsoft-auth-required',
    pattern: /resolver\.rst\.authrequired|(5\.7\.(?:12|13[3-6]|57))\b|not authenticated/,
    code: '$1',
    reason: 'securityerror',
    meaning:
      'The recipient (a group, public folder or organisation) accepts mail only from authenticated or internal senders.',
    source: NDR,
    example: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
  },
  {
    id: 'microsoft-tenant-attribution',
    pattern: /5\.7\.64\b.{0,40}(?:tenantattribution|relay access denied)/,
    code: '5.7.64',
    reason: 'securityerror',
    actor: 'sender-esp',
    meaning: 'The inbound connector no longer matches the sending server (IP or certificate).',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/tenantattribution-ndr',
    example: '550 5.7.64 TenantAttribution; Relay Access Denied SMTP',
  },
  {
    id: 'microsoft-dane',
    pattern: /([45]\.7\.3[2-9]\d)\b/,
    code: '$1',
    reason: 'failedstarttls',
    actor: 'recipient-admin',
    meaning: 'TLS/DANE validation of the destination server failed.',
    source: NDR,
    example: '4.7.323 tlsa-invalid: The domain failed DANE validation.',
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
