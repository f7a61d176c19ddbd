/**
 * Sophos Email (Central) and the Sophos Email Appliance: gateways that refuse mail on SophosLabs'
 * IP reputation. Its rejection wording is not in our sources yet, so it is recognised by name
 * and by its MX hosts only.
 */
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
  signs: [{ pattern: /sophos/, source: REPUTATION }],
  rules: [],
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
