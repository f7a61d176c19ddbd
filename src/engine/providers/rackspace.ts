/** Rackspace Email: mail hosting for custom domains. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

export const RACKSPACE: ProviderFamily<'rackspace'> = {
  id: 'rackspace',
  name: 'Rackspace Email',
  hosts: ['emailsrvr.com'],
  mx: [
    {
      key: 'rackspace',
      name: 'Rackspace Email',
      kind: 'mailbox',
      suffixes: ['emailsrvr.com'],
      source: mxLookup('rackspace.com'),
      observed: true,
    },
  ],
  rules: [],
};
