/**
 * Microsoft 365 (Exchange Online) as the sender. The same mail system as the receiving provider
 * "microsoft" (providers/microsoft), so the id is shared. Recognised from the returned message:
 * Received hosts and Message-IDs in prod.outlook.com, the cross-tenant headers Exchange Online
 * writes, DKIM selector1/selector2, and the ranges of spf.protection.outlook.com.
 */
import type { SendingService } from '../types.ts';

const DKIM =
  'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure';
const SPF =
  'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure';

export const MICROSOFT: SendingService = {
  id: 'microsoft',
  name: 'Microsoft 365',
  source: DKIM,
  signals: {
    dkimDomains: ['onmicrosoft.com'],
    dkimSelectors: [/^selector[12](?:-|$)/],
    receivedHosts: ['prod.outlook.com', 'protection.outlook.com'],
    ipRanges: ['40.92.0.0/15', '40.107.0.0/16', '52.100.0.0/14', '104.47.0.0/17'],
    headers: [{ name: 'x-ms-exchange-crosstenant-*' }],
    messageIdDomains: ['prod.outlook.com'],
  },
  spf: { include: 'spf.protection.outlook.com', lookups: 2, source: SPF },
  authentication: {
    page: { label: 'Microsoft Defender: DKIM', url: 'https://security.microsoft.com/dkimv2' },
    where:
      'the Microsoft Defender portal, Email & collaboration > Policies > Email authentication settings > DKIM',
    records: [
      {
        name: 'selector1._domainkey.{domain}',
        type: 'CNAME',
        value: 'selector1-<your-domain>._domainkey.<tenant>.onmicrosoft.com',
      },
      {
        name: 'selector2._domainkey.{domain}',
        type: 'CNAME',
        value: 'selector2-<your-domain>._domainkey.<tenant>.onmicrosoft.com',
      },
    ],
  },
  // No `suppression`: Exchange Online keeps no list of recipients it will not send to, each
  // message is tried again. No `returnPath` either: the envelope sender is the user's own
  // address, so SPF already checks the From domain.
  ips: {
    text: 'Microsoft 365 sends from Microsoft’s shared outbound pools; there are no dedicated IPs. A block of those servers, or mail sent through the high-risk pool, is for Microsoft support.',
    support: {
      label: 'Microsoft 365: get support',
      url: 'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-support',
    },
  },
};
