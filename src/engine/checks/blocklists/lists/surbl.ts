/**
 * SURBL multi: domains seen in spam. The answer is a bitmask of the last octet of 127.0.0.x,
 * several lists at once (80 = MW + ABUSE), so bits are tested with `&`, never `===`.
 */
import type { Blocklist } from '../types.ts';

const SURBL_SOURCE = 'https://pipelinedata.tilda.ws/surbl';

export const SURBL: readonly Blocklist[] = [
  {
    id: 'surbl-multi',
    name: 'SURBL multi',
    family: 'surbl',
    zone: 'multi.surbl.org',
    keys: ['domain'],
    decode: 'bitmask',
    severity: 'major',
    access: 'open',
    publicResolver:
      'Low-volume queries through public DNS are allowed; answers are checked to lie in 127.0.0.0/8.',
    codes: [
      { match: { bit: 8 }, meaning: 'PH: phishing', kind: 'listing' },
      { match: { bit: 16 }, meaning: 'MW: malware', kind: 'listing' },
      { match: { bit: 64 }, meaning: 'ABUSE: spam / abuse', kind: 'listing' },
      { match: { bit: 128 }, meaning: 'CR: cracked / compromised site', kind: 'listing' },
    ],
    lookupUrl: 'https://www.surbl.org/',
    delist: {
      text: 'Clean or secure the site the domain points to, then request removal at surbl.org.',
      url: 'https://www.surbl.org/',
    },
    source: SURBL_SOURCE,
    defaultOn: true,
  },
];
