/**
 * What every Spamhaus zone shares: the error answers (anything in 127.255.255.0/24 is an error,
 * never a listing; 127.255.255.254 is what public and cloud resolvers get), the lookup page and
 * the data-set documentation. The zones themselves are in spamhaus-zen.ts and spamhaus-domains.ts.
 */
import type { ReturnCode } from '../types.ts';

export const ZONES =
  'https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html';
export const CHECK = 'https://check.spamhaus.org/';
export const PUBLIC =
  'Refuses public and cloud resolvers (Cloudflare since 2022, Google, AWS, DigitalOcean, Vultr, Microsoft): they get 127.255.255.254. Use your own resolver or a free DQS key.';

/** Answers every Spamhaus zone can give that are not listings (SH-788; securityzones.net). */
export const ERRORS: readonly ReturnCode[] = [
  {
    match: { ip: '127.255.255.252' },
    meaning: 'Error: typo or non-existent zone name queried - not a listing',
    kind: 'error',
  },
  {
    match: { ip: '127.255.255.254' },
    meaning:
      'Refused: query came through a public/open resolver or one without attributable reverse DNS - not a listing',
    kind: 'refusal',
  },
  {
    match: { ip: '127.255.255.255' },
    meaning: 'Refused: excessive query volume - not a listing',
    kind: 'refusal',
  },
  {
    match: { from: '127.255.255.0', to: '127.255.255.255' },
    meaning: 'Spamhaus error code (127.255.255.0/24) - not a listing',
    kind: 'error',
  },
];
