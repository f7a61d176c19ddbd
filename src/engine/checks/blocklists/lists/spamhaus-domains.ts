/**
 * Spamhaus domain zones: DBL (spam, phishing, malware and abused domains) and ZRD (domains first
 * seen in the last 24 hours, DQS only).
 */
import type { Blocklist } from '../types.ts';
import { CHECK, ERRORS, PUBLIC, ZONES } from './spamhaus-shared.ts';

export const SPAMHAUS_DOMAINS: readonly Blocklist[] = [
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    family: 'spamhaus',
    zone: 'dbl.spamhaus.org',
    dqs: 'dbl',
    keys: ['domain'],
    decode: 'exact',
    severity: 'major',
    access: 'refuses-public',
    publicResolver: PUBLIC,
    // dbltest.com is Spamhaus's documented DBL test domain (dnsbl-notes.md: not verified in the sources read).
    domainTest: { listed: 'dbltest.com', notListed: 'invalid' },
    codes: [
      { match: { ip: '127.0.1.2' }, meaning: 'low-reputation (spam) domain', kind: 'listing' },
      { match: { ip: '127.0.1.4' }, meaning: 'phishing domain', kind: 'listing' },
      { match: { ip: '127.0.1.5' }, meaning: 'malware domain', kind: 'listing' },
      { match: { ip: '127.0.1.6' }, meaning: 'botnet command-and-control domain', kind: 'listing' },
      { match: { ip: '127.0.1.102' }, meaning: 'abused legitimate domain', kind: 'listing' },
      {
        match: { ip: '127.0.1.103' },
        meaning: 'abused redirector or URL shortener',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.1.104' },
        meaning: 'abused legitimate domain used for phishing',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.1.105' },
        meaning: 'abused legitimate domain used by malware',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.1.106' },
        meaning: 'abused legitimate domain hosting botnet C&C',
        kind: 'listing',
      },
      {
        match: { ip: '127.0.1.255' },
        meaning: 'Error: an IP address was queried against a domain list - not a listing',
        kind: 'error',
      },
      ...ERRORS,
    ],
    lookupUrl: CHECK,
    delist: {
      text: 'Look the domain up at check.spamhaus.org; secure or clean what it names (compromised site, abused links), then request removal.',
      url: CHECK,
    },
    source: ZONES,
    defaultOn: true,
  },
  {
    id: 'spamhaus-zrd',
    name: 'Spamhaus ZRD',
    family: 'spamhaus',
    zone: 'zrd.dq.spamhaus.net',
    dqs: 'zrd',
    keys: ['domain'],
    decode: 'exact',
    severity: 'minor',
    access: 'key',
    publicResolver: 'DQS only: needs a Spamhaus DQS key.',
    codes: [
      {
        match: { from: '127.0.2.2', to: '127.0.2.24' },
        meaning: 'zero-reputation domain: first seen within the last 24 hours (last octet = hours)',
        kind: 'listing',
      },
      ...ERRORS,
    ],
    lookupUrl: CHECK,
    delist: {
      text: 'Nothing to delist: a domain leaves ZRD by itself 24 hours after it is first seen. Avoid sending from brand-new domains.',
    },
    source: ZONES,
    defaultOn: true,
  },
];
