/**
 * Blocklist advice for filtering gateways: most rely on their own reputation data, so the
 * useful thing is their lookup and delisting page.
 */
import { PROOFPOINT } from './provider-advice-mailbox.ts';
import type { ProviderAdvice } from './provider-lists.ts';

export const GATEWAY_ADVICE: readonly ProviderAdvice[] = [
  {
    provider: 'proofpoint',
    name: 'Proofpoint',
    lists: [],
    portals: [PROOFPOINT],
    source:
      'https://www.suped.com/email-deliverability/answers/how-to-contact-proofpoint-about-ip-blocks-and-understand-dynamic-block-behavior',
  },
  {
    provider: 'barracuda',
    name: 'Barracuda',
    lists: ['barracuda-brbl'],
    portals: [
      {
        label: 'Barracuda lookup',
        url: 'https://www.barracudacentral.org/lookups',
        note: 'Barracuda gateways block on BRBL; look up and request removal here.',
      },
    ],
    source: 'http://www.barracudacentral.org/rbl/how-to-use',
  },
  {
    provider: 'trendmicro',
    name: 'Trend Micro',
    lists: [],
    portals: [
      {
        label: 'Trend Micro ERS',
        url: 'https://ers.trendmicro.com/reputations',
        note: 'Trend Micro RBL+/ERS blocks: look up and request removal here.',
      },
    ],
    source:
      'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers',
  },
  {
    provider: 'cisco',
    name: 'Cisco Secure Email (IronPort)',
    lists: [],
    portals: [
      {
        label: 'Talos reputation',
        url: 'https://talosintelligence.com/reputation_center',
        note: 'IronPort rejects on SenderBase/Talos reputation; check it here.',
      },
    ],
    source: 'https://www.deskdr.com/dr/poor-senderbase-reputation-score.html',
  },
  {
    provider: 'mimecast',
    name: 'Mimecast',
    lists: [],
    portals: [],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm',
  },
  {
    provider: 'sophos',
    name: 'Sophos',
    lists: [],
    portals: [
      {
        label: 'Sophos IP reputation',
        url: 'http://www.sophos.com/security/ip-reputation-policy.html',
        note: 'Sophos gateways block on their own IP reputation.',
      },
    ],
    source: 'http://www.sophos.com/security/ip-reputation-policy.html',
  },
];
