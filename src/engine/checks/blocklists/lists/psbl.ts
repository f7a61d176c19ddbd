/**
 * PSBL, the Passive Spam Block List: IPs that mailed its spamtraps; self-service removal.
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

const XLIST = 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl';

export const PSBL: readonly Blocklist[] = [
  {
    id: 'psbl',
    name: 'PSBL',
    family: 'psbl',
    zone: 'psbl.surriel.com',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'sent mail to spamtraps and is not a known legitimate mail server',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://psbl.org/',
    delist: {
      text: 'Remove the IP yourself at psbl.org (self-service).',
      url: 'https://psbl.org/',
    },
    source: XLIST,
    defaultOn: true,
  },
];
