/**
 * Filtering gateways that sit in front of a company's real mailbox host. When a domain's MX
 * points here, this is who accepted or refused the mail, and whose reputation data matters.
 */
import type { MailProvider } from './provider-types.ts';

export const GATEWAY_PROVIDERS: readonly MailProvider[] = [
  {
    key: 'proofpoint',
    family: 'proofpoint',
    name: 'Proofpoint',
    kind: 'gateway',
    // mx0a-<id>.pphosted.com (enterprise), mx1-<region>.ppe-hosted.com (Essentials)
    suffixes: ['pphosted.com', 'ppe-hosted.com'],
    source:
      'https://www.suped.com/email-deliverability/answers/how-to-contact-proofpoint-about-ip-blocks-and-understand-dynamic-block-behavior',
    observed: true,
  },
  {
    key: 'mimecast',
    family: 'mimecast',
    name: 'Mimecast',
    kind: 'gateway',
    suffixes: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
    source: 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Mimecast.pm',
  },
  {
    key: 'barracuda',
    family: 'barracuda',
    name: 'Barracuda Email Protection',
    kind: 'gateway',
    // d<id>.ess.barracudanetworks.com, <region>.ess.barracuda.com
    suffixes: ['barracudanetworks.com', 'barracuda.com'],
    source: 'http://www.barracudacentral.org/rbl/how-to-use',
    observed: true,
  },
  {
    key: 'cisco',
    family: 'cisco',
    name: 'Cisco Secure Email (IronPort)',
    kind: 'gateway',
    // mx1.hc<id>-<n>.iphmx.com
    suffixes: ['iphmx.com'],
    source: 'https://www.deskdr.com/dr/poor-senderbase-reputation-score.html',
    observed: true,
  },
  {
    key: 'trendmicro',
    family: 'trendmicro',
    name: 'Trend Micro Email Security',
    kind: 'gateway',
    // <domain>.in.tmes.trendmicro.com / .eu
    suffixes: ['tmes.trendmicro.com', 'tmes.trendmicro.eu'],
    source: 'https://success.trendmicro.com/en-US/solution/KA-0001346',
    observed: true,
  },
  {
    key: 'sophos',
    family: 'sophos',
    name: 'Sophos Email',
    kind: 'gateway',
    // mx-01-<region>.prod.hydra.sophos.com
    suffixes: ['hydra.sophos.com'],
    source: 'http://www.sophos.com/security/ip-reputation-policy.html',
    observed: true,
  },
  {
    key: 'messagelabs',
    family: 'broadcom',
    name: 'Symantec Email Security.cloud (MessageLabs)',
    kind: 'gateway',
    suffixes: ['messagelabs.com'],
    source:
      'https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html',
    observed: true,
  },
];
