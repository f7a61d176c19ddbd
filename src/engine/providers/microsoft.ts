/** Microsoft 365 / Exchange Online and Outlook.com (hotmail, live, msn). */
import { OUTLOOK_BULK_SENDER } from './microsoft-bulk-sender.ts';
import { MICROSOFT_RULES } from './microsoft-rules.ts';
import { MICROSOFT_RULES_ACCESS } from './microsoft-rules-access.ts';
import { MICROSOFT_RULES_AUTH } from './microsoft-rules-auth.ts';
import { MICROSOFT_RULES_OUTLOOK } from './microsoft-rules-outlook.ts';
import { MICROSOFT_RULES_STORE } from './microsoft-rules-store.ts';
import { MICROSOFT_RULES_TENANT } from './microsoft-rules-tenant.ts';
import { MICROSOFT_RULES_TLS } from './microsoft-rules-tls.ts';
import { NDR, OLC, mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const SNDS = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
const DBEB =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-4-1';

export const MICROSOFT: ProviderFamily<'microsoft'> = {
  id: 'microsoft',
  name: 'Microsoft 365 / Outlook.com',
  hosts: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com', 'exchangelabs.com'],
  mx: [
    {
      key: 'outlook-com',
      name: 'Outlook.com (Hotmail, Live, MSN)',
      kind: 'mailbox',
      suffixes: ['olc.protection.outlook.com'],
      source: mxLookup('hotmail.com'),
      observed: true,
    },
    {
      key: 'microsoft-365',
      name: 'Microsoft 365 (Exchange Online)',
      kind: 'mailbox',
      // <domain>.mail.protection.outlook.com; <domain>.<x>-v1.mx.microsoft for DNSSEC/DANE domains.
      suffixes: ['mail.protection.outlook.com', 'mx.microsoft'],
      source:
        'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider',
    },
  ],
  domains:
    /^(?:outlook|hotmail|live|msn|passport)\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$|\.onmicrosoft\.com$/,
  mailboxDomains: [
    { domain: 'hotmail.com', brand: 'Outlook.com', source: SNDS },
    { domain: 'outlook.com', brand: 'Outlook.com', source: SNDS },
    { domain: 'live.com', brand: 'Outlook.com', source: SNDS },
    { domain: 'msn.com', brand: 'Outlook.com', source: SNDS },
    { domain: 'hotmail.co.uk', brand: 'Outlook.com', source: SNDS },
    { domain: 'hotmail.fr', brand: 'Outlook.com', source: SNDS },
  ],
  signs: [
    // AS(nnnn): Microsoft's internal anti-spam rule numbers, also as the AS(xxxx) of its help pages.
    { pattern: /\bas\((?:\d{3,}|x{3,})\)|\(as\d{3,}\)/, source: NDR },
    { pattern: /\(s\d{3,4}\)|\b(?:rp|sc|dy|ou)-00[1-4]\b/, source: OLC },
    {
      pattern:
        /sender\.office\.com|delist@(?:messaging\.)?microsoft\.com|postmaster\.live\.com|mail\.live\.com\/mail\/troubleshooting|sendersupport\.olc|go\.microsoft\.com\/fwlink/,
      source: NDR,
    },
    // Exchange's own component names: RESOLVER.ADR.RecipNotFound, STOREDRV.Deliver, ATTR36.
    {
      pattern:
        /\bresolver\.(?:adr|rst|oof)\.|\b(?:storedrv|smtpsend|approval)\.|\bqueue\.expired\b|\btenantattribution\b|\battr3\d\b|\bunifiedgroupagent\b|\[message=[a-z]/,
      source: NDR,
    },
    // DANE and MTA-STS failures, labelled as Exchange Online labels them.
    {
      pattern:
        /\b(?:starttls-not-supported|certificate-expired|tlsa-invalid|dnssec-invalid|certificate-host-mismatch): /,
      source: NDR,
    },
    // Its servers name themselves in brackets: [DB5PEPF0000.eurprd04.prod.outlook.com].
    {
      pattern: /\.prod\.(?:protection\.)?outlook\.com\b|\.mail\.protection\.outlook\.com\b/,
      source: NDR,
    },
    // Exchange Online's "Access denied, ..." texts (5.7.501-515, 5.7.7xx), in its wording.
    {
      pattern:
        /does not meet the required authentication level|does not pass dmarc verification and has a dmarc policy of reject|access denied, (?:banned sending ip|banned sender|banned recipient|bad outbound sender|spam abuse detected|bad helo|tenant has exceeded threshold|rejected by recipient|traffic not accepted from this ip)|must pass either spf or dkim validation|sending ipv6 address \[[^\]]*\] must have (?:a )?reverse dns record|must be rfc 5322 section 3\.6\.2 compliant|client blocked from sending from unregistered domain|does not accept email over ipv6/,
      source: NDR,
    },
    // DBEB: "550 5.4.1 Recipient address rejected: Access denied" (Postfix says 5.7.1 for its own).
    {
      pattern: /5\.4\.1 (?:\[[^\]]*\]:? )?recipient address rejected: access denied/,
      source: DBEB,
    },
    { pattern: /part of their network is on our block list|mail rejected by hotmail/, source: OLC },
    { pattern: /4\.7\.[5-8]\d\d(?:-\d{3})? access denied, please try again later/, source: NDR },
    // Its three-digit enhanced codes (5.7.133, 4.4.316, 5.2.121): IANA's registry has none.
    { pattern: /(?<![\d.])[45]\.\d\.[1-9]\d\d(?![\d.])|\b5\.7\.(?:57|60|64)\b/, source: NDR },
    {
      pattern:
        /failed mta-sts validation|recipient's per hour message receive limit|submission quota (?:was )?exceeded|daily limit for message recipients|tenant external recipient rate limit/,
      source: NDR,
    },
  ],
  // Ordered: the generic AS(nnnn) rule (last of MICROSOFT_RULES) only when nothing says more.
  rules: [
    ...MICROSOFT_RULES_ACCESS,
    ...MICROSOFT_RULES_AUTH,
    ...MICROSOFT_RULES_OUTLOOK,
    ...MICROSOFT_RULES_TENANT,
    ...MICROSOFT_RULES_STORE,
    ...MICROSOFT_RULES_TLS,
    ...MICROSOFT_RULES,
  ],
  blocklists: {
    lists: ['spamhaus-zen'],
    portals: [
      {
        label: 'Microsoft delist portal',
        url: 'https://sender.office.com/',
        note: 'Microsoft 365 "banned sending IP" (5.7.606-649): request delisting here.',
      },
      {
        label: 'Outlook.com postmaster (SNDS)',
        url: SNDS,
        note: 'Outlook.com blocks (S3150, OU-001...): check SNDS and open a sender support request.',
      },
    ],
    source: SNDS,
  },
  bulkSender: OUTLOOK_BULK_SENDER,
  // Exchange Online default receive limit 36 MB per mailbox.
  sizeLimit: {
    name: 'Microsoft 365',
    bytes: 36 * 1024 * 1024,
    source:
      'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits',
  },
};
