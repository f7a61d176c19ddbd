/** Proofpoint: a filtering gateway in front of many organisations (and of iCloud). */
import type { Portal, ProviderFamily } from './types.ts';

const PDR =
  'https://www.suped.com/email-deliverability/answers/how-to-contact-proofpoint-about-ip-blocks-and-understand-dynamic-block-behavior';

export const PROOFPOINT_PORTAL: Portal = {
  label: 'Proofpoint IP check',
  url: 'https://ipcheck.proofpoint.com/',
  note: 'Look up the IP and request delisting from Proofpoint.',
};

export const PROOFPOINT: ProviderFamily<'proofpoint'> = {
  id: 'proofpoint',
  name: 'Proofpoint',
  hosts: ['pphosted.com', 'ppe-hosted.com', 'proofpoint.com'],
  mx: [
    {
      key: 'proofpoint',
      name: 'Proofpoint',
      kind: 'gateway',
      // mx0a-<id>.pphosted.com (enterprise), mx1-<region>.ppe-hosted.com (Essentials)
      suffixes: ['pphosted.com', 'ppe-hosted.com'],
      source: PDR,
      observed: true,
    },
  ],
  signs: [
    {
      pattern: /(?:ipcheck|support)\.proofpoint\.com|\.pphosted\.com\b|\(proofpoint\)/,
      source: PDR,
    },
  ],
  rules: [
    {
      id: 'proofpoint-reputation',
      pattern: /(?:support|ipcheck)\.proofpoint\.com|dnsbl-lookup/,
      code: 'PDR',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP is blocked by Proofpoint’s dynamic reputation; check and request removal at ipcheck.proofpoint.com.',
      source: PDR,
      example: '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.45',
    },
  ],
  blocklists: { lists: [], portals: [PROOFPOINT_PORTAL], source: PDR },
};
