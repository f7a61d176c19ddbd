/**
 * Spamhaus ZEN: SBL, CSS, XBL, PBL, DROP and BCL in one IP zone. ZEN already holds the data of the
 * separate sbl/xbl/pbl zones, so those are not queried apart. PBL is policy (end-user ranges),
 * not abuse, and has its own way out.
 */
import type { Blocklist, Delist } from '../types.ts';
import { CHECK, ERRORS, PUBLIC, ZONES } from './spamhaus-shared.ts';

const removal: Delist = {
  text: 'Look the IP up at check.spamhaus.org, fix the cause it names, then request removal there.',
  url: CHECK,
};
const xbl: Delist = {
  text: 'A machine on this IP is infected or exploited: clean it (and close open proxies), then remove the IP at check.spamhaus.org.',
  url: CHECK,
};
const pbl: Delist = {
  text: "The IP is in an end-user range that should not send mail directly. Send through your provider's mail server (smarthost); only a real mail server on a static IP with proper reverse DNS should self-remove at check.spamhaus.org.",
  url: CHECK,
};

export const SPAMHAUS_ZEN: readonly Blocklist[] = [
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    family: 'spamhaus',
    zone: 'zen.spamhaus.org',
    dqs: 'zen',
    keys: ['ip4', 'ip6'],
    decode: 'exact',
    severity: 'major',
    access: 'refuses-public',
    publicResolver: PUBLIC,
    codes: [
      {
        match: { ip: '127.0.0.2' },
        meaning: 'SBL: spam source or operation (manual listing)',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.0.3' },
        meaning: 'CSS: automated low-reputation / snowshoe sender (part of SBL)',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.0.4' },
        meaning: 'XBL: exploited or infected host (CBL data)',
        kind: 'listing',
        delist: xbl,
      },
      {
        match: { from: '127.0.0.5', to: '127.0.0.7' },
        meaning: 'XBL (legacy code, currently unused)',
        kind: 'listing',
        delist: xbl,
      },
      {
        match: { ip: '127.0.0.9' },
        meaning: 'DROP: hijacked or criminal netblock',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.0.10' },
        meaning: 'PBL: end-user range declared by the ISP (policy, not abuse)',
        kind: 'listing',
        delist: pbl,
      },
      {
        match: { ip: '127.0.0.11' },
        meaning: 'PBL: end-user range inferred by Spamhaus (policy, not abuse)',
        kind: 'listing',
        delist: pbl,
      },
      {
        match: { ip: '127.0.0.30' },
        meaning: 'BCL: botnet controller',
        kind: 'listing',
        delist: xbl,
      },
      ...ERRORS,
    ],
    lookupUrl: CHECK,
    delist: removal,
    source: ZONES,
    defaultOn: true,
  },
];
