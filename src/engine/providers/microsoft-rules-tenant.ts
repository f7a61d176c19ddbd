/** Exchange Online's tenant and connection policies: IPv6, HELO, connectors, rate and block lists. */
import { NDR } from './sources.ts';
import type { ProviderRule } from './types.ts';

const IPV6 =
  'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6';
const TENANT =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750';

export const MICROSOFT_RULES_TENANT: ProviderRule<'microsoft'>[] = [
  {
    id: 'microsoft-bad-helo',
    pattern: /5\.7\.506\b|access denied, bad helo/,
    code: '5.7.506',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending server’s HELO claims to be the receiving server.',
    source: NDR,
    example: '550 5.7.506 Access Denied, Bad HELO',
  },
  {
    id: 'microsoft-ipv6-range-limit',
    pattern: /5\.7\.508\b|exceeded permitted limits within/,
    code: '5.7.508',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'The sending IPv6 range sent more than Microsoft permits; slow down.',
    source: NDR,
    example:
      '550 5.7.508 Access denied, [2001:db8::25] has exceeded permitted limits within 2001:db8::/48 range',
  },
  {
    id: 'microsoft-no-ipv6',
    pattern: /(5\.(?:7\.510|2\.1))\b.{0,80}does not accept email over ipv6/,
    code: '$1',
    reason: 'policyviolation',
    actor: 'sender-esp',
    meaning: 'The recipient domain does not accept mail over IPv6; send to it over IPv4.',
    source: IPV6,
    example: '550 5.2.1 Service unavailable, [contoso.com] does not accept email over IPv6.',
  },
  {
    id: 'microsoft-tenant-block-list',
    pattern: /5\.7\.703\b|tenant allow block list/,
    code: '5.7.703',
    reason: 'policyviolation',
    actor: 'sender',
    meaning: 'Your own organisation’s Tenant Allow/Block List blocks mail to this recipient.',
    source: TENANT,
    example:
      "550 5.7.703 Your message can't be delivered because messages to bob@example.org are blocked by your organization using Tenant Allow Block List.",
  },
  {
    id: 'microsoft-unregistered-domain',
    pattern: /5\.7\.750\b|client blocked from sending from unregistered domains?/,
    code: '5.7.750',
    reason: 'rejected',
    actor: 'sender',
    meaning:
      'The tenant sent a large volume from domains it has not added as accepted domains; register them.',
    source: TENANT,
    example:
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
  },
  {
    id: 'microsoft-tenant-rate',
    pattern: /(5\.7\.23[23])\b|tenant external recipient rate limit/,
    code: '$1',
    reason: 'speeding',
    actor: 'sender',
    meaning: 'The tenant reached its daily limit of external recipients.',
    source: NDR,
    example:
      "550 5.7.233 Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)",
  },
  {
    id: 'microsoft-tenant-attribution',
    pattern: /5\.7\.64\b.{0,40}(?:tenantattribution|relay access denied)/,
    code: '5.7.64',
    reason: 'norelaying',
    actor: 'sender-esp',
    meaning: 'The inbound connector no longer matches the sending server (IP or certificate).',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/tenantattribution-ndr',
    example: '550 5.7.64 TenantAttribution; Relay Access Denied SMTP',
  },
  {
    id: 'microsoft-journaling',
    pattern: /5\.3\.190\b/,
    code: '5.3.190',
    reason: 'policyviolation',
    actor: 'recipient-admin',
    meaning:
      'Journaling on-premises mail to Microsoft 365 is not supported with Journaling Archive off.',
    source: NDR,
    example:
      '550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled',
  },
  {
    id: 'microsoft-wrong-region',
    pattern: /4\.4\.62\b|sent to the wrong office 365 region/,
    code: '4.4.62',
    reason: 'systemerror',
    actor: 'recipient-admin',
    meaning: 'The message reached the wrong Office 365 region; the connector or MX is misrouted.',
    source:
      'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/wrong-office-365-region-exo',
    example: '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35.',
  },
  {
    // The recipient's mailbox forwards outside its organisation, which the tenant's outbound
    // spam policy forbids: the sender's mail arrived, its forwarded copy was refused.
    id: 'microsoft-external-forwarding',
    pattern: /does not allow external forwarding/,
    code: '5.7.520',
    reason: 'policyviolation',
    actor: 'recipient-admin',
    meaning:
      'The recipient’s mailbox forwards mail outside its organisation, which its Microsoft 365 tenant does not allow; its administrator has to allow the forwarding or remove it.',
    source:
      'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
    example:
      '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
  },
];
