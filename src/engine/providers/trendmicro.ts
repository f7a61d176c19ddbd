/** Trend Micro Email Security and its Email Reputation Services (ERS). */
import type { ProviderFamily } from './types.ts';

const ERS =
  'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers';

export const TRENDMICRO: ProviderFamily<'trendmicro'> = {
  id: 'trendmicro',
  name: 'Trend Micro',
  hosts: ['trendmicro.com', 'trendmicro.eu'],
  mx: [
    {
      key: 'trendmicro',
      name: 'Trend Micro Email Security',
      kind: 'gateway',
      // <domain>.in.tmes.trendmicro.com / .eu
      suffixes: ['tmes.trendmicro.com', 'tmes.trendmicro.eu'],
      source: 'https://success.trendmicro.com/en-US/solution/KA-0001346',
      observed: true,
    },
  ],
  signs: [{ pattern: /trend ?micro|interscan|ers\.trendmicro/, source: ERS }],
  rules: [
    {
      id: 'trendmicro-ers',
      pattern: /trend micro rbl|email reputation service|ers\.trendmicro/,
      code: 'ERS',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on Trend Micro’s Email Reputation Services list.',
      source: ERS,
      example:
        '550 5.7.1 Service unavailable; Client host [192.0.2.45] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.45',
    },
    {
      id: 'trendmicro-dul',
      pattern: /dynamic user list|\bdul\b/,
      code: 'DUL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP looks dynamic.',
      source: ERS,
      example:
        '550 5.7.1 Service unavailable; Client host [192.0.2.45] blocked using Trend Micro Dynamic User List (DUL)',
    },
  ],
  blocklists: {
    lists: [],
    portals: [
      {
        label: 'Trend Micro ERS',
        url: 'https://ers.trendmicro.com/reputations',
        note: 'Trend Micro RBL+/ERS blocks: look up and request removal here.',
      },
    ],
    source: ERS,
  },
};
