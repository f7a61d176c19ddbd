/**
 * URIBL multi: domains seen in spam, as a bitmask of the last octet. 127.0.0.1 (bit 1) means the
 * query was refused (large shared resolvers such as Google Public DNS get it): never a listing.
 */
import type { Blocklist } from '../types.ts';

const URIBL_SOURCE = 'https://uribl.com/refused.shtml';

export const URIBL: readonly Blocklist[] = [
  {
    id: 'uribl-multi',
    name: 'URIBL multi',
    family: 'uribl',
    zone: 'multi.uribl.com',
    keys: ['domain'],
    decode: 'bitmask',
    severity: 'major',
    access: 'refuses-public',
    publicResolver:
      'Refuses large shared resolvers (Google Public DNS, OpenDNS, big ISPs): they get 127.0.0.1 "Query Refused".',
    codes: [
      {
        match: { bit: 1 },
        meaning:
          'Refused: URIBL does not answer this resolver (127.0.0.1, "Query Refused") - not a listing',
        kind: 'refusal',
      },
      { match: { bit: 2 }, meaning: 'black: domain owned or used by spammers', kind: 'listing' },
      {
        match: { bit: 4 },
        meaning: "grey: bulk or questionable sender's domain",
        kind: 'listing',
        severity: 'minor',
      },
      {
        match: { bit: 8 },
        meaning: 'red: young or privacy-protected domain seen in mail',
        kind: 'listing',
        severity: 'minor',
      },
    ],
    lookupUrl: 'https://admin.uribl.com/',
    delist: {
      text: 'Look the domain up and request removal at admin.uribl.com.',
      url: 'https://admin.uribl.com/',
    },
    source: URIBL_SOURCE,
    defaultOn: true,
  },
];
