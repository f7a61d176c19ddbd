/** Security gateways in front of many organisations: Proofpoint, Mimecast, Barracuda, Cisco, Trend Micro, Broadcom MessageLabs. */
import type { ProviderFamily } from './types.ts';

const MIMECAST = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';

export const PROOFPOINT: ProviderFamily = {
  id: 'proofpoint',
  name: 'Proofpoint',
  hosts: /(?:\.|^)(?:pphosted\.com|ppe-hosted\.com|proofpoint\.com)$/,
  signature: /proofpoint\.com|ipcheck\.proofpoint/,
  rules: [
    {
      pattern: /(?:support|ipcheck)\.proofpoint\.com|dnsbl-lookup/,
      code: 'PDR',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP is blocked by Proofpoint’s dynamic reputation; check and request removal at ipcheck.proofpoint.com.',
      source: 'https://ipcheck.proofpoint.com/',
    },
  ],
};

export const MIMECAST_GW: ProviderFamily = {
  id: 'mimecast',
  name: 'Mimecast',
  hosts: /(?:\.|^)mimecast(?:-offshore)?\.com$/,
  signature: /mimecast/,
  rules: [
    {
      pattern: /(spf|dkim|dmarc) sender invalid/,
      code: '$1 Sender Invalid',
      reason: 'authfailure',
      meaning: 'The message failed Mimecast’s SPF, DKIM or DMARC check.',
      source: MIMECAST,
    },
    {
      pattern: /local ct ip reputation|sender address blocked|ip temporarily blacklisted/,
      code: 'IP Reputation',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP has a poor reputation at Mimecast or is on the recipient’s blocked senders.',
      source: MIMECAST,
    },
    {
      pattern: /host network,? not allowed/,
      code: 'Host network not allowed',
      reason: 'policyviolation',
      actor: 'recipient-admin',
      meaning: 'The recipient organisation’s geographic or network policy refuses your network.',
      source: MIMECAST,
    },
    {
      pattern: /envelope blocked - user entry|administrative prohibition/,
      code: 'Envelope blocked',
      reason: 'filtered',
      actor: 'recipient',
      meaning: 'The recipient (or their admin) blocked your address.',
      source: MIMECAST,
    },
    {
      pattern: /anti-spoofing policy/,
      code: 'Anti-Spoofing',
      reason: 'policyviolation',
      actor: 'recipient-admin',
      meaning: 'The message tripped the recipient’s anti-spoofing policy.',
      source: MIMECAST,
    },
    {
      pattern: /content examination policy|rejected due to security policies/,
      code: 'Content policy',
      reason: 'policyviolation',
      meaning: 'The content hit the recipient’s policy (spam score, virus, attachments).',
      source: MIMECAST,
    },
    {
      pattern: /route requires (?:encryption|tls)/,
      code: 'TLS required',
      reason: 'failedstarttls',
      meaning: 'The recipient requires TLS (1.2 or later).',
      source: MIMECAST,
    },
    {
      pattern: /invalid recipient/,
      code: 'Invalid Recipient',
      reason: 'userunknown',
      meaning: 'The recipient is not in the organisation’s directory.',
      source: MIMECAST,
    },
  ],
};

export const BARRACUDA: ProviderFamily = {
  id: 'barracuda',
  name: 'Barracuda',
  hosts:
    /(?:\.|^)(?:barracudanetworks\.com|barracuda\.com|cudamail\.com|ess\.barracudanetworks\.com)$/,
  signature: /barracuda|cuda_nsu/,
  rules: [
    {
      pattern: /barracuda reputation|barracudacentral|b\.barracudacentral\.org/,
      code: 'BRBL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on the Barracuda Reputation Block List.',
      source: 'https://www.barracudacentral.org/lookups',
    },
    {
      pattern: /cuda_nsu/,
      code: 'cuda_nsu',
      reason: 'userunknown',
      meaning: 'The recipient is unknown.',
      source: 'https://campus.barracuda.com/',
    },
    {
      pattern: /rejecting spoofed message/,
      code: 'spoofed',
      reason: 'policyviolation',
      meaning: 'The message looks like brand impersonation.',
      source: 'https://campus.barracuda.com/',
    },
  ],
};

export const CISCO: ProviderFamily = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  hosts: /(?:\.|^)(?:iphmx\.com|ironport\.com)$/,
  signature: /ironport|senderbase|talos/,
  rules: [
    {
      pattern: /sending mta'?s poor reputation|senderbase/,
      code: 'HAT reject',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'The sending IP’s Talos/SenderBase reputation is too low.',
      source: 'https://talosintelligence.com/reputation_center',
    },
    {
      pattern: /spf unauthorized mail is prohibited/,
      code: '5.7.1',
      reason: 'authfailure',
      meaning: 'SPF failed.',
      source: 'https://www.cisco.com/c/en/us/support/security/email-security-appliance/series.html',
    },
  ],
};

export const TRENDMICRO: ProviderFamily = {
  id: 'trendmicro',
  name: 'Trend Micro',
  hosts: /(?:\.|^)(?:trendmicro\.com|tmes\.trendmicro\.eu|in\.hes\.trendmicro\.com)$/,
  signature: /trend micro|interscan|ers\.trendmicro/,
  rules: [
    {
      pattern: /trend micro rbl|email reputation|ers\.trendmicro/,
      code: 'ERS',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on Trend Micro’s Email Reputation Services list.',
      source: 'https://ers.trendmicro.com/reputations',
    },
    {
      pattern: /dynamic user list|\bdul\b/,
      code: 'DUL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP looks dynamic.',
      source: 'https://ers.trendmicro.com/reputations',
    },
  ],
};

export const MESSAGELABS: ProviderFamily = {
  id: 'messagelabs',
  name: 'Broadcom MessageLabs (Symantec Email Security.cloud)',
  hosts: /(?:\.|^)messagelabs\.com$/,
  signature: /messagelabs/,
  rules: [
    {
      pattern: /turn on smtp authentication/,
      code: '550',
      reason: 'securityerror',
      meaning: 'The sending client must use SMTP authentication.',
      source: 'https://knowledge.broadcom.com/',
    },
  ],
};
