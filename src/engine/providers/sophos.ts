/**
 * Sophos Email (Central) and the Sophos Email Appliance: gateways that refuse mail on SophosLabs'
 * IP reputation and on their customers' policies. Sophos Central documents its own rejection
 * codes (XGEMAIL_0001…0015) with one sentence each; both forms are read.
 */
import { SOPHOS_CODES, SOPHOS_RULES } from './sophos-rules.ts';
import type { ProviderFamily } from './types.ts';

const REPUTATION = 'http://www.sophos.com/security/ip-reputation-policy.html';
export const SOPHOS: ProviderFamily<'sophos'> = {
  id: 'sophos',
  name: 'Sophos Email',
  hosts: ['sophos.com'],
  mx: [
    {
      key: 'sophos',
      name: 'Sophos Email',
      kind: 'gateway',
      // mx-01-<region>.prod.hydra.sophos.com
      suffixes: ['hydra.sophos.com'],
      source: REPUTATION,
      observed: true,
    },
  ],
  signs: [
    { pattern: /sophos/, source: REPUTATION },
    { pattern: /\bxgemail_\d{4}\b/, source: SOPHOS_CODES },
  ],
  rules: SOPHOS_RULES,
  blocklists: {
    lists: [],
    portals: [
      {
        label: 'Sophos IP reputation',
        url: REPUTATION,
        note: 'Sophos gateways block on their own IP reputation.',
      },
    ],
    source: REPUTATION,
  },
};
