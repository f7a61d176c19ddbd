/**
 * SpamCop: IPs reported by SpamCop users; listings expire by themselves when reports stop.
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

const XLIST = 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl';

export const SPAMCOP: readonly Blocklist[] = [
  {
    id: 'spamcop',
    name: 'SpamCop',
    family: 'spamcop',
    zone: 'bl.spamcop.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'major',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'reported as a spam source by SpamCop users',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://www.spamcop.net/bl.shtml',
    delist: {
      text: 'Stop the mail people report; the listing expires by itself once reports stop.',
      url: 'https://www.spamcop.net/bl.shtml',
    },
    source: XLIST,
    defaultOn: true,
  },
];
