/** Cisco Secure Email (IronPort): a gateway that refuses on Talos/SenderBase reputation. */
import type { ProviderFamily } from './types.ts';

const HAT = 'https://www.deskdr.com/dr/poor-senderbase-reputation-score.html';
const GUIDE = 'https://manualsbrain.com/it/manuals/1649627/?page=293';

export const CISCO: ProviderFamily<'cisco'> = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  hosts: ['iphmx.com', 'ironport.com'],
  mx: [
    {
      key: 'cisco',
      name: 'Cisco Secure Email (IronPort)',
      kind: 'gateway',
      // mx1.hc<id>-<n>.iphmx.com
      suffixes: ['iphmx.com'],
      source: HAT,
      observed: true,
    },
  ],
  signs: [
    {
      pattern:
        /ironport|senderbase|sending mta'?s poor reputation|\.iphmx\.com\b|spf unauthorized mail is prohibited/,
      source: HAT,
    },
  ],
  rules: [
    {
      id: 'cisco-reputation',
      pattern: /sending mta'?s poor reputation|senderbase/,
      code: 'HAT reject',
      reason: 'badreputation',
      actor: 'sender-esp',
      meaning: 'The sending IP’s Talos/SenderBase reputation is too low.',
      source: HAT,
      example:
        "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    },
    {
      id: 'cisco-spf',
      pattern: /spf unauthorized mail is prohibited/,
      code: '5.7.1',
      reason: 'authfailure',
      meaning: 'SPF failed.',
      source: GUIDE,
      example: '550 #5.7.1 SPF unauthorized mail is prohibited.',
    },
  ],
  blocklists: {
    lists: [],
    portals: [
      {
        label: 'Talos reputation',
        url: 'https://talosintelligence.com/reputation_center',
        note: 'IronPort rejects on SenderBase/Talos reputation; check it here.',
      },
    ],
    source: HAT,
  },
};
