/** Microsoft's authentication rules: DMARC reject, Outlook.com's high-volume rule, IPv6 senders. */
import { HIGH_VOLUME, NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const MICROSOFT_RULES_AUTH: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-dmarc-reject',
    pattern: /5\.7\.509\b|does not pass dmarc verification and has a dmarc policy of reject/,
    code: '5.7.509',
    reason: 'authfailure',
    meaning: 'The sending domain failed DMARC and publishes p=reject.',
    source: NDR,
    example:
      '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
  },
  {
    id: 'microsoft-high-volume-auth',
    pattern: /5\.7\.515\b|does not meet the required authentication level/,
    code: '5.7.515',
    reason: 'authfailure',
    meaning:
      'Outlook.com requires high-volume senders to pass SPF and DKIM and publish DMARC; this domain does not meet that.',
    source: HIGH_VOLUME,
    example:
      '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
  },
  {
    id: 'microsoft-ipv6-unauthenticated',
    pattern: /[45]\.7\.26\b.{0,80}must pass either spf or dkim validation/,
    code: '5.7.26',
    reason: 'authfailure',
    meaning: 'Mail sent to Microsoft over IPv6 must pass SPF or DKIM; this message passed neither.',
    source:
      'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6',
    example:
      '450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation.',
  },
  {
    id: 'microsoft-spf',
    pattern: /5\.7\.23\b.{0,80}sender policy framework|sender policy framework violation/,
    code: '5.7.23',
    reason: 'authfailure',
    meaning: 'SPF failed at the recipient.',
    source: NDR,
    example:
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
  },
  {
    id: 'microsoft-ipv6-ptr',
    pattern: /[45]\.7\.25\b.{0,100}reverse dns/,
    code: '5.7.25',
    reason: 'requireptr',
    actor: 'sender-esp',
    meaning: 'The sending IPv6 address must have a reverse DNS record.',
    source: NDR,
    example:
      '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record',
  },
  {
    id: 'microsoft-spf-permerror',
    pattern: /5\.1\.0 .{0,40}spf permanent error/,
    code: '5.1.0',
    reason: 'authfailure',
    meaning: 'The sending domain’s SPF record is broken (a permanent error), so SPF cannot pass.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-0-in-exchange-online',
    example:
      '550 5.1.0 Recipient address rejected: SPF Permanent Error. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]',
  },
  // A group, public folder or mailbox that takes mail only from certain (or internal) senders.
  {
    id: 'microsoft-restricted-recipient',
    pattern:
      /(5\.7\.(?:12|124|129|13[3-6]?|193))\b|resolver\.rst\.(?!authrequired)\w*(?:auth|notauthorized)|storedrv\.authenticationrequired|unifiedgroupagent|delivery not authorized/,
    code: '$1',
    reason: 'filtered',
    actor: 'recipient-admin',
    meaning:
      'The recipient (a group, public folder, mailbox or organisation) accepts mail only from certain or authenticated senders; its owner can allow you.',
    source: NDR,
    example:
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]',
  },
  {
    id: 'microsoft-client-auth',
    pattern:
      /(5\.7\.(?:57|60|3))\b|client (?:was )?not authenticated|authentication unsuccessful|resolver\.rst\.authrequired/,
    code: '$1',
    reason: 'securityerror',
    actor: 'sender',
    meaning:
      'The sending device or application must sign in (SMTP AUTH) to send through Microsoft 365, or is not allowed to send as this address.',
    source:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
    example:
      '530 5.7.57 Client not authenticated to send mail. [AM0PR02CA0097.eurprd02.prod.outlook.com]',
  },
];
