/** Apple iCloud Mail (icloud.com, me.com, mac.com). */
import { APPLE_RULES } from './apple-rules.ts';
import { PROOFPOINT_PORTAL } from './proofpoint.ts';
import { APPLE_POSTMASTER, fieldManual, mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

export const APPLE: ProviderFamily<'apple'> = {
  id: 'apple',
  name: 'Apple iCloud Mail',
  hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
  mx: [
    {
      key: 'icloud',
      name: 'Apple iCloud Mail',
      kind: 'mailbox',
      suffixes: ['mail.icloud.com'],
      source: mxLookup('icloud.com'),
      observed: true,
    },
  ],
  domains: /^(?:icloud|me|mac)\.com$/,
  mailboxDomains: [
    { domain: 'icloud.com', brand: 'iCloud Mail', source: APPLE_POSTMASTER },
    { domain: 'me.com', brand: 'iCloud Mail', source: APPLE_POSTMASTER },
    { domain: 'mac.com', brand: 'iCloud Mail', source: APPLE_POSTMASTER },
  ],
  signs: [
    {
      pattern:
        /\[(?:cs0[1-4]|hm0\d|hme1|bs01)\]|support\.apple\.com\/(?:en-us\/)?(?:ht204137|102322)/,
      source: APPLE_POSTMASTER,
    },
  ],
  rules: APPLE_RULES,
  blocklists: {
    lists: ['spamhaus-zen', 'spamhaus-dbl'],
    portals: [
      PROOFPOINT_PORTAL,
      {
        label: 'Apple postmaster',
        url: APPLE_POSTMASTER,
        note: 'iCloud filters with Proofpoint and Spamhaus (SBL, DBL).',
      },
    ],
    source: fieldManual(550, 104),
  },
};
