/**
 * Mailspike: bl.mailspike.net is a blocklist; rep.mailspike.net is a reputation scale where
 * 127.0.0.15-20 are neutral to excellent, so only 10-14 count against the sender (a common bug
 * is to call any answer "listed").
 */
import type { Blocklist } from '../types.ts';
import { OPEN } from './open-resolver.ts';

const RSPAMD = 'https://github.com/rspamd/rspamd/blob/master/conf/modules.d/rbl.conf';
const XLIST = 'https://github.com/luids-io/xlist-database/tree/master/services/dnsxl';
const SITE = 'https://mailspike.org/';
const DELIST = {
  text: "Reputation recovers as the IP sends clean mail; see mailspike.org for the IP's history.",
  url: SITE,
};

export const MAILSPIKE: readonly Blocklist[] = [
  {
    id: 'mailspike-bl',
    name: 'Mailspike BL',
    family: 'mailspike',
    zone: 'bl.mailspike.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      { match: { ip: '127.0.0.2' }, meaning: 'zombie or spam source', kind: 'listing' },
      { match: { ip: '127.0.0.10' }, meaning: 'worst reputation', kind: 'listing' },
      { match: { ip: '127.0.0.11' }, meaning: 'very bad reputation', kind: 'listing' },
      { match: { ip: '127.0.0.12' }, meaning: 'bad reputation', kind: 'listing' },
    ],
    lookupUrl: SITE,
    delist: DELIST,
    source: RSPAMD,
    defaultOn: true,
  },
  {
    id: 'mailspike-rep',
    name: 'Mailspike reputation',
    family: 'mailspike',
    zone: 'rep.mailspike.net',
    keys: ['ip4'],
    decode: 'exact',
    severity: 'minor',
    access: 'open',
    publicResolver: OPEN,
    codes: [
      { match: { ip: '127.0.0.10' }, meaning: 'reputation 10: worst', kind: 'listing' },
      { match: { ip: '127.0.0.11' }, meaning: 'reputation 11: very bad', kind: 'listing' },
      { match: { ip: '127.0.0.12' }, meaning: 'reputation 12: bad', kind: 'listing' },
      { match: { ip: '127.0.0.13' }, meaning: 'reputation 13: suspicious', kind: 'listing' },
      {
        match: { ip: '127.0.0.14' },
        meaning: 'reputation 14: neutral, probably spam',
        kind: 'listing',
      },
      { match: { ip: '127.0.0.15' }, meaning: 'reputation 15: neutral', kind: 'good' },
      {
        match: { from: '127.0.0.16', to: '127.0.0.17' },
        meaning: 'reputation 16-17: probably or possibly legitimate',
        kind: 'good',
      },
      {
        match: { from: '127.0.0.18', to: '127.0.0.20' },
        meaning: 'reputation 18-20: good to excellent',
        kind: 'good',
      },
    ],
    lookupUrl: SITE,
    delist: DELIST,
    source: XLIST,
    defaultOn: true,
  },
];
