/** Outlook.com's blocks (S3150, SC-001, DY-001, OU-001) and Microsoft's throttling (RP-001, 4.7.5xx-6xx). */
import { NDR, OLC } from './sources.ts';
import type { ProviderRule } from './types.ts';

const AS_4XX =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online';
const S3150 =
  'https://xenforo.com/community/threads/error-s3150-is-processed-as-soft-bounce-should-be-an-error.234398';

export const MICROSOFT_RULES_OUTLOOK: ProviderRule<'microsoft'>[] = [
  // Observed: https://pastebin.com/aW9rxeVy (Outlook.com, 2018).
  {
    id: 'microsoft-ip-reputation-rate',
    pattern: /4\.7\.650\b|rate limited due to ip reputation/,
    code: '4.7.650',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning: 'The sending IP is temporarily rate limited because of its reputation.',
    source: 'https://pastebin.com/aW9rxeVy',
    example:
      '451 4.7.650 The mail server [192.0.2.45] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)',
  },
  {
    id: 'microsoft-network-blocked',
    pattern: /\(s3(150|140|113|114)\)/,
    code: 'S3$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'Part of the sending network is on Outlook.com’s block list.',
    source: S3150,
    example:
      "550 5.7.1 Unfortunately, messages from [192.0.2.45] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
  },
  {
    id: 'microsoft-suspicious-ip',
    pattern: /(4\.7\.8[5-9]\d)\b.{0,40}access denied, please try again later/,
    code: '$1',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning: 'Microsoft saw suspicious activity from the sending IP and restricts it for a while.',
    source: NDR,
    example: '451 4.7.850 Access denied, please try again later',
  },
  {
    id: 'microsoft-throttled',
    pattern:
      /4\.7\.(5\d\d|6\d\d)\b.{0,80}(?:access denied,|server busy\.) please try again later|\bas\((\d+)\).{0,40}try again later/,
    code: '4.7.$1',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'Temporary throttling of the sending IP after a sharp change in its sending pattern.',
    source: AS_4XX,
    example: '451 4.7.500 Server busy. Please try again later from [192.0.2.45]. (AS761)',
  },
  {
    id: 'microsoft-rate-limit',
    pattern: /\brp-00([123])\b/,
    code: 'RP-00$1',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'Outlook.com rate limit because of IP or domain reputation.',
    source: OLC,
    example:
      "421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 192.0.2.45 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
  },
  {
    id: 'microsoft-sc-block',
    pattern: /\bsc-00([1234])\b/,
    code: 'SC-00$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning:
      'Outlook.com refused mail from this IP (spam-like traffic, address harvesting, open relay or complaints).',
    source: OLC,
    example:
      '550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.45 weren’t sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
  },
  {
    id: 'microsoft-dynamic-ip',
    pattern: /\bdy-00([12])\b/,
    code: 'DY-00$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The IP looks dynamic or compromised; send through a proper mail server.',
    source: OLC,
    example:
      '550 DY-001 (SNT004-MC4F18) Unfortunately, messages from 192.0.2.45 weren’t sent. We do not accept email from dynamic IP’s.',
  },
  {
    id: 'microsoft-ou-block',
    pattern: /\bou-00([12])\b/,
    code: 'OU-00$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'Policy rejection: the IP or domain reputation is poor or the IP is listed.',
    source: OLC,
    example:
      '550 OU-001 (SNT004-MC1F27) Unfortunately, messages from 192.0.2.45 weren’t sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
  },
];
