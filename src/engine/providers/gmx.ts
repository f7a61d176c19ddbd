/** GMX, WEB.DE and mail.com (United Internet): replies without enhanced codes, a case URL last. */
import { GMX_RULES } from './gmx-rules.ts';
import { fieldManual, mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const ERRORS = 'https://postmaster.gmx.com/en/error-messages';

export const GMX: ProviderFamily<'gmx'> = {
  id: 'gmx',
  name: 'GMX / WEB.DE / mail.com (United Internet)',
  hosts: ['gmx.net', 'gmx.de', 'gmx.com', 'web.de', 'mail.com'],
  mx: [
    {
      key: 'united-internet',
      name: 'GMX / WEB.DE / mail.com',
      kind: 'mailbox',
      suffixes: ['gmx.net', 'gmx.com', 'web.de', 'mail.com'],
      source: mxLookup('gmx.de'),
      observed: true,
    },
  ],
  domains: /^(?:gmx\.(?:de|net|at|ch|com)|web\.de|mail\.com)$/,
  mailboxDomains: [
    { domain: 'gmx.de', brand: 'GMX', source: ERRORS },
    { domain: 'gmx.net', brand: 'GMX', source: ERRORS },
    { domain: 'gmx.com', brand: 'GMX', source: ERRORS },
    { domain: 'web.de', brand: 'WEB.DE', source: ERRORS },
    { domain: 'mail.com', brand: 'mail.com', source: ERRORS },
  ],
  signs: [
    { pattern: /postmaster\.(?:gmx|web)\.(?:net|de|com)|nemesis esmtp/, source: ERRORS },
    // Its own wording for policy refusals and DNS checks of the sender.
    {
      pattern:
        /reject due to policy restrictions \((?:ip|domain|header) based\)|invalid dns mx or a\/aaaa resource record|bad dns ptr resource record/,
      source: fieldManual(550, 534),
    },
  ],
  rules: GMX_RULES,
  blocklists: {
    lists: [],
    portals: [
      {
        label: 'GMX postmaster',
        url: ERRORS,
        note: 'Open the case URL from the last line of the bounce.',
      },
    ],
    source: ERRORS,
  },
};
