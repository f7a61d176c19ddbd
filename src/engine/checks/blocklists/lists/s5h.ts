/**
 * s5h: a small independent list of spam and abuse sources.
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

const XLIST = 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl';

export const S5H: readonly Blocklist[] = [
  {
    id: 's5h',
    name: 's5h',
    family: 's5h',
    zone: 'all.s5h.net',
    keys: ['ip4', 'ip6'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [{ match: { ip: '127.0.0.2' }, meaning: 'spam or abuse source', kind: 'listing' }],
    lookupUrl: 'https://www.usenix.org.uk/content/rbl.html',
    delist: {
      text: "See the list's page for removal.",
      url: 'https://www.usenix.org.uk/content/rbl.html',
    },
    source: XLIST,
    defaultOn: true,
  },
];
