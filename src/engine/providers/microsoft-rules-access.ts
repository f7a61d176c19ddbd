/**
 * Microsoft's address and "Access denied" rules: Directory-Based Edge Blocking and the
 * 5.7.5xx-6xx codes of Exchange Online and Outlook.com, in its own wording.
 */
import { NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

const DBEB =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1';
const DBEB_MEANING =
  'Directory-Based Edge Blocking: the address has no mailbox or object in the recipient’s Microsoft 365 tenant, so it does not exist there. It is not a spam or permission block.';
const NOT_A_BLOCK = {
  reason: 'blocked',
  why: 'Some help pages describe “Access denied … AS(…)” as an anti-spam block of the sending server; Microsoft documents AS(201806281) as an unknown address.',
  settleBy: 'blocklists',
} as const;

export const MICROSOFT_RULES_ACCESS: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-dbeb',
    pattern: /as\((201806281)\)/,
    code: 'AS($1)',
    reason: 'userunknown',
    actor: 'sender',
    meaning: DBEB_MEANING,
    source: DBEB,
    example: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    alternatives: [NOT_A_BLOCK],
  },
  // The same refusal without its rule number, or with the AS(xxxx) of Microsoft's own help page.
  {
    id: 'microsoft-dbeb-text',
    pattern: /5\.4\.1 (?:\[[^\]]*\]:? )?recipient address rejected: access denied/,
    code: '5.4.1',
    reason: 'userunknown',
    actor: 'sender',
    meaning: DBEB_MEANING,
    source: DBEB,
    example:
      "Remote Server returned '550 5.4.1 [bob@contoso.com]: Recipient address rejected: Access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]'",
    alternatives: [NOT_A_BLOCK],
  },
  {
    id: 'microsoft-banned-recipient',
    pattern: /5\.7\.(50[45])\b/,
    code: '5.7.$1',
    reason: 'userunknown',
    meaning: 'The recipient address is invalid or banned.',
    source: NDR,
    example: '550 5.7.505 Access denied, banned recipient',
  },
  {
    id: 'microsoft-banned-ip',
    pattern: /5\.7\.(6[0-4]\d)\b|banned sending ip/,
    code: '5.7.$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is on Microsoft’s block list; request delisting at sender.office.com.',
    source: NDR,
    example:
      '550 5.7.606 Access denied, banned sending IP [192.0.2.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)',
  },
  {
    id: 'microsoft-banned-sender-ip',
    pattern: /5\.7\.(511|708)\b/,
    code: '5.7.$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is banned or has too low a reputation.',
    source: NDR,
    example: '550 5.7.708 Access denied, traffic not accepted from this IP',
  },
  {
    id: 'microsoft-customer-block',
    pattern: /5\.7\.(507|513)\b/,
    code: '5.7.$1',
    reason: 'blocked',
    actor: 'recipient-admin',
    meaning: 'The recipient organisation blocked your IP or domain with its own block list.',
    source: NDR,
    example:
      '550 5.7.513 Service unavailable, Client host [192.0.2.45] blocked by contoso.com using Customer Block list (AS16012607)',
  },
  // The sending account or tenant is the problem, not the message: Microsoft blocked it.
  {
    id: 'microsoft-spam-abuse',
    pattern: /(5\.7\.(?:501|705))\b/,
    code: '$1',
    reason: 'badreputation',
    actor: 'sender',
    meaning:
      'Microsoft blocked the sending account or tenant for sending spam (often a compromised account or a new tenant’s volume).',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750',
    example: '550 5.7.501 Access denied, spam abuse detected',
  },
  {
    id: 'microsoft-banned-sender',
    pattern: /(5\.1\.8) (?:access denied, )?bad outbound sender|(5\.7\.(?:50[23]|800))\b/,
    code: '$1',
    reason: 'rejected',
    actor: 'sender',
    meaning:
      'Microsoft refuses mail from this sending account (banned for spam, often compromised).',
    source: NDR,
    example: '550 5.1.8 Access denied, bad outbound sender',
  },
  {
    id: 'microsoft-rfc5322-from',
    pattern: /5\.7\.512\b/,
    code: '5.7.512',
    reason: 'notcompliantrfc',
    meaning: 'The From header is missing or invalid (RFC 5322 s3.6.2).',
    source: NDR,
    example: '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
  },
];
