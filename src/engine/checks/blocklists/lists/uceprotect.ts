/**
 * UCEPROTECT: level 1 lists single IPs that hit spamtraps; levels 2 and 3 list whole
 * allocations and ASNs for their neighbours' behaviour, which one sender cannot fix and many
 * large receivers do not use (dnsbl-notes.md).
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

const SOURCE = 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl';
const LOOKUP = 'https://www.uceprotect.net/en/rblcheck.php';
const COLLATERAL =
  "This lists the whole network range for other customers' behaviour: you cannot fix it yourself. It expires when the range's abuse stops; tell your hosting provider, and know that most large receivers do not use this level. Paying for express delisting is not needed.";

export const UCEPROTECT: readonly Blocklist[] = [
  {
    id: 'uceprotect-1',
    name: 'UCEPROTECT Level 1',
    family: 'uceprotect',
    zone: 'dnsbl-1.uceprotect.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      { match: { ip: '127.0.0.2' }, meaning: 'this single IP hit spamtraps', kind: 'listing' },
    ],
    lookupUrl: LOOKUP,
    delist: {
      text: 'Stop what sent to spamtraps (compromised account, old list); the listing expires on its own once the traffic stops.',
      url: LOOKUP,
    },
    source: SOURCE,
    defaultOn: true,
  },
  {
    id: 'uceprotect-2',
    name: 'UCEPROTECT Level 2',
    family: 'uceprotect',
    zone: 'dnsbl-2.uceprotect.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: "the IP's allocation has too many Level 1 listings (collateral)",
        kind: 'listing',
      },
    ],
    lookupUrl: LOOKUP,
    delist: { text: COLLATERAL, url: LOOKUP },
    source: SOURCE,
    defaultOn: true,
  },
  {
    id: 'uceprotect-3',
    name: 'UCEPROTECT Level 3',
    family: 'uceprotect',
    zone: 'dnsbl-3.uceprotect.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: "the IP's whole network (ASN) has too many Level 1 listings (collateral)",
        kind: 'listing',
      },
    ],
    lookupUrl: LOOKUP,
    delist: { text: COLLATERAL, url: LOOKUP },
    source: SOURCE,
    defaultOn: true,
  },
];
