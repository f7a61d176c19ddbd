/**
 * Validity's SenderScore blocklist: low-reputation IPs. Comcast and Orange name it in their
 * bounces (provider-lists.ts), which makes it matter there.
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

export const SENDERSCORE: readonly Blocklist[] = [
  {
    id: 'senderscore',
    name: 'SenderScore blocklist',
    family: 'senderscore',
    zone: 'bl.score.senderscore.com',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'low SenderScore reputation (Validity)',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://www.senderscore.org/',
    delist: {
      text: "Check the IP's score and removal options at senderscore.org.",
      url: 'https://www.senderscore.org/',
    },
    source: 'https://github.com/rspamd/rspamd/blob/master/conf/modules.d/rbl.conf',
    defaultOn: true,
  },
];
