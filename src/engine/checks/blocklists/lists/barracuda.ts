/**
 * Barracuda Reputation Block List. Only DNS servers registered with Barracuda get answers, so a
 * public resolver cannot tell "not listed" from "not answering"; the check only queries it when
 * the caller says its resolver is registered.
 */
import type { Blocklist } from '../types.ts';

const HOW_TO = 'http://www.barracudacentral.org/rbl/how-to-use';

export const BARRACUDA: readonly Blocklist[] = [
  {
    id: 'barracuda-brbl',
    name: 'Barracuda BRBL',
    family: 'barracuda',
    zone: 'b.barracudacentral.org',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'major',
    access: 'registered',
    publicResolver:
      'Answers only DNS servers registered with Barracuda; public resolvers are not registered, so their answers mean nothing.',
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'IP sending spam (automated listing, single IPs only)',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://www.barracudacentral.org/lookups',
    delist: {
      text: 'Fix the cause, then ask Barracuda to remove the IP.',
      url: 'https://www.barracudacentral.org/rbl/removal-request',
    },
    source: HOW_TO,
    defaultOn: true,
  },
  {
    // Same data as b.barracudacentral.org, for SpamAssassin deep checks: off by default.
    id: 'barracuda-bb',
    name: 'Barracuda BRBL (SpamAssassin zone)',
    family: 'barracuda',
    zone: 'bb.barracudacentral.org',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'major',
    access: 'registered',
    publicResolver: 'Answers only DNS servers registered with Barracuda.',
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'IP sending spam (same data as BRBL)',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://www.barracudacentral.org/lookups',
    delist: {
      text: 'Fix the cause, then ask Barracuda to remove the IP.',
      url: 'https://www.barracudacentral.org/rbl/removal-request',
    },
    source: 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl',
    defaultOn: false,
  },
];
