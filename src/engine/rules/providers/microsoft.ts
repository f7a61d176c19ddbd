/** Microsoft 365 / Exchange Online and Outlook.com (hotmail, live, msn). */
import type { ProviderFamily } from './types.ts';

const NDR =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const DBEB =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1';
const AS_4XX =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online';
const OLC = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const HV =
  'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730';
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Microsoft.pm';

export const MICROSOFT: ProviderFamily = {
  id: 'microsoft',
  name: 'Microsoft 365 / Outlook.com',
  hosts:
    /(?:\.|^)(?:outlook\.com|protection\.outlook\.com|hotmail\.com|live\.com|msn\.com|outlook\.office365\.com|office365\.com|exchangelabs\.com|prod\.outlook\.com)$/,
  domains:
    /^(?:outlook|hotmail|live|msn|passport)\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$|\.onmicrosoft\.com$/,
  signature:
    /\bas\(\d{3,}\)|\(as\d{3,}\)|\(s3\d{3}\)|sender\.office\.com|postmaster\.live\.com|\bresolver\.(?:adr|rst)\.|storedrv|sendersupport\.olc|\b(?:rp|sc|dy|ou)-00[1-4]\b/,
  rules: [
    // "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"
    {
      pattern: /as\((201806281)\)/,
      code: 'AS($1)',
      reason: 'userunknown',
      actor: 'sender',
      meaning:
        'Directory-Based Edge Blocking: the address has no mailbox or object in the recipient’s Microsoft 365 tenant, so it does not exist there. It is not a spam or permission block.',
      source: DBEB,
      alternatives: [
        {
          reason: 'blocked',
          why: 'Some help pages describe “Access denied … AS(…)” as an anti-spam block of the sending server; Microsoft documents AS(201806281) as an unknown address.',
          settleBy: 'blocklists',
        },
      ],
    },
    {
      pattern: /5\.4\.1 relay access denied/,
      code: '5.4.1',
      reason: 'norelaying',
      actor: 'recipient-admin',
      meaning:
        'The recipient domain’s MX points at Microsoft 365, but the domain is not an accepted domain of that tenant.',
      source:
        'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online',
    },
    {
      pattern: /5\.1\.10\b|recipientnotfound/,
      code: '5.1.10',
      reason: 'userunknown',
      meaning: 'The recipient address was not found in the tenant by SMTP address lookup.',
      source: NDR,
    },
    {
      pattern: /\bexrecipnotfound|recipnotfound|5\.1\.1 bad destination/,
      code: '5.1.1',
      reason: 'userunknown',
      meaning: 'The recipient does not exist.',
      source: NDR,
    },
    {
      pattern: /5\.1\.351\b/,
      code: '5.1.351',
      reason: 'userunknown',
      meaning: 'The next server reported an unknown recipient.',
      source: NDR,
    },
    {
      pattern: /5\.7\.(?:50[45])\b/,
      code: '5.7.504',
      reason: 'userunknown',
      meaning: 'The recipient address is invalid or banned.',
      source: NDR,
    },
    {
      pattern: /5\.7\.509\b/,
      code: '5.7.509',
      reason: 'authfailure',
      meaning: 'The sending domain failed DMARC and publishes p=reject.',
      source: NDR,
    },
    {
      pattern: /5\.7\.515\b/,
      code: '5.7.515',
      reason: 'authfailure',
      meaning:
        'Outlook.com requires high-volume senders to pass SPF and DKIM and publish DMARC; this domain does not meet that.',
      source: HV,
    },
    {
      pattern: /5\.7\.23\b.{0,80}sender policy framework|sender policy framework violation/,
      code: '5.7.23',
      reason: 'authfailure',
      meaning: 'SPF failed at the recipient.',
      source: NDR,
    },
    {
      pattern: /5\.7\.(?:25)\b.{0,60}reverse dns/,
      code: '5.7.25',
      reason: 'requireptr',
      meaning: 'The sending IPv6 address must have a reverse DNS record.',
      source: NDR,
    },
    {
      pattern: /5\.7\.(6[0-4]\d)\b|banned sending ip/,
      code: '5.7.$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP is on Microsoft’s block list; request delisting at sender.office.com.',
      source: NDR,
    },
    {
      pattern: /5\.7\.(?:511|708)\b/,
      code: '5.7.511',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is banned or has too low a reputation.',
      source: NDR,
    },
    {
      pattern: /5\.7\.(?:507|513)\b/,
      code: '5.7.513',
      reason: 'filtered',
      actor: 'recipient-admin',
      meaning: 'The recipient organisation blocked your IP or domain with its own block list.',
      source: NDR,
    },
    {
      pattern: /4\.7\.650\b|rate limited due to ip reputation/,
      code: '4.7.650',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'The sending IP is temporarily rate limited because of its reputation.',
      source: SISIMAI,
    },
    {
      pattern: /\(s3(150|140|113|114)\)/,
      code: 'S3$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Part of the sending network is on Outlook.com’s block list.',
      source: OLC,
    },
    {
      pattern:
        /4\.7\.(5\d\d|6\d\d)\b.{0,80}access denied, please try again later|\bas\((\d+)\).{0,40}try again later/,
      code: '4.7.$1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning:
        'Temporary throttling of the sending IP after a sharp change in its sending pattern.',
      source: AS_4XX,
    },
    {
      pattern: /\brp-00([123])\b/,
      code: 'RP-00$1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Outlook.com rate limit because of IP or domain reputation.',
      source: OLC,
    },
    {
      pattern: /\bsc-00([1234])\b/,
      code: 'SC-00$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'Outlook.com refused mail from this IP (spam-like traffic, address harvesting, open relay or complaints).',
      source: OLC,
    },
    {
      pattern: /\bdy-00([12])\b/,
      code: 'DY-00$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The IP looks dynamic or compromised; send through a proper mail server.',
      source: OLC,
    },
    {
      pattern: /\bou-00([12])\b/,
      code: 'OU-00$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Policy rejection: the IP or domain reputation is poor or the IP is listed.',
      source: OLC,
    },
    {
      pattern: /storedrv\.deliver.{0,40}(?:mailbox full|quota)|shutoffquotaexceeded/,
      code: 'STOREDRV',
      reason: 'mailboxfull',
      meaning: 'The recipient mailbox is over quota.',
      source: NDR,
    },
    {
      pattern: /5\.2\.2 submission quota exceeded|5\.1\.90\b|5\.2\.12[12]\b/,
      code: '5.2.122',
      reason: 'speeding',
      meaning: 'A sending or receiving rate limit was exceeded.',
      source: NDR,
    },
    {
      pattern: /5\.1\.8 access denied, bad outbound sender|5\.7\.(?:501|502|503|705)\b/,
      code: '5.7.501',
      reason: 'securityerror',
      actor: 'sender',
      meaning:
        'The sending account or tenant is blocked for sending spam (often a compromised account).',
      source: NDR,
    },
    {
      pattern: /resolver\.rst\.authrequired|5\.7\.(?:12|13[3-6]|57)\b|not authenticated/,
      code: '5.7.133',
      reason: 'securityerror',
      meaning:
        'The recipient (a group, public folder or organisation) accepts mail only from authenticated or internal senders.',
      source: NDR,
    },
    {
      pattern: /5\.7\.64\b.{0,40}tenantattribution/,
      code: '5.7.64',
      reason: 'securityerror',
      actor: 'sender-esp',
      meaning: 'The inbound connector no longer matches the sending server (IP or certificate).',
      source: NDR,
    },
    {
      pattern: /5\.7\.(3[2-9]\d)\b/,
      code: '5.7.$1',
      reason: 'failedstarttls',
      actor: 'recipient-admin',
      meaning: 'TLS/DANE validation of the destination server failed.',
      source: NDR,
    },
    {
      pattern: /5\.4\.(?:6|14)\b|routing loop/,
      code: '5.4.14',
      reason: 'networkerror',
      meaning: 'A mail loop was detected.',
      source: NDR,
    },
    {
      pattern: /4\.4\.7 (?:message|queue\.)expired|5\.4\.300\b/,
      code: '4.4.7',
      reason: 'expired',
      meaning: 'The message expired in the queue before it could be delivered.',
      source: NDR,
    },
    {
      pattern: /5\.4\.312\b/,
      code: '5.4.312',
      reason: 'networkerror',
      meaning: 'The message expired because a DNS query failed.',
      source: NDR,
    },
    {
      pattern: /5\.6\.11\b/,
      code: '5.6.11',
      reason: 'contenterror',
      meaning: 'The message contains bare line feeds (LF without CR).',
      source: NDR,
    },
    {
      pattern: /5\.7\.512\b/,
      code: '5.7.512',
      reason: 'notcompliantrfc',
      meaning: 'The From header is missing or invalid (RFC 5322 s3.6.2).',
      source: NDR,
    },
    {
      pattern: /\bas\((\d{3,})\)/,
      code: 'AS($1)',
      reason: null,
      meaning:
        'An internal Microsoft anti-spam rule number (not an autonomous system number); the status code and text say which kind of block it is.',
      source: NDR,
    },
    // "550 Requested action not taken: mailbox unavailable" from Outlook.com consumer mailboxes.
    {
      pattern: /requested action not taken: mailbox unavailable/,
      code: '5.5.0',
      reason: 'userunknown',
      meaning: 'Outlook.com has no mailbox at this address.',
      source: NDR,
    },
  ],
};
