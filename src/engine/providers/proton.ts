/** Proton Mail: consumer mailboxes and hosting for custom domains. */
import type { ProviderFamily } from './types.ts';

export const PROTON: ProviderFamily<'proton'> = {
  id: 'proton',
  name: 'Proton Mail',
  hosts: ['protonmail.ch', 'proton.ch'],
  mx: [
    {
      key: 'proton',
      name: 'Proton Mail',
      kind: 'mailbox',
      suffixes: ['protonmail.ch', 'proton.ch'],
      source: 'https://proton.me/support/custom-domain',
    },
  ],
  domains: /^(?:protonmail\.(?:com|ch)|proton\.me|pm\.me)$/,
  mailboxDomains: [
    { domain: 'protonmail.com', brand: 'Proton Mail', source: 'https://proton.me/mail' },
    { domain: 'proton.me', brand: 'Proton Mail', source: 'https://proton.me/mail' },
  ],
  rules: [],
};
