/**
 * DroneBL: abusive hosts (IRC drones, open proxies, botnets). IRC-oriented rather than mail-specific,
 * so a listing counts as minor. The last octet is a class code.
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

export const DRONEBL: readonly Blocklist[] = [
  {
    id: 'dronebl',
    name: 'DroneBL',
    family: 'dronebl',
    zone: 'dnsbl.dronebl.org',
    keys: ['ip4', 'ip6'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      { match: { ip: '127.0.0.3' }, meaning: 'IRC drone', kind: 'listing' },
      { match: { ip: '127.0.0.8' }, meaning: 'SOCKS proxy', kind: 'listing' },
      { match: { ip: '127.0.0.9' }, meaning: 'HTTP proxy', kind: 'listing' },
      { match: { ip: '127.0.0.13' }, meaning: 'brute-force attacker', kind: 'listing' },
      { match: { ip: '127.0.0.17' }, meaning: 'botnet', kind: 'listing' },
      {
        match: { from: '127.0.0.2', to: '127.0.0.255' },
        meaning: 'abusive host (other DroneBL class)',
        kind: 'listing',
      },
    ],
    lookupUrl: 'https://dronebl.org/lookup',
    delist: {
      text: 'Secure the host (open proxy, malware), then request removal at dronebl.org.',
      url: 'https://dronebl.org/lookup',
    },
    source: 'https://pastebin.com/MeFsNky3',
    defaultOn: true,
  },
];
