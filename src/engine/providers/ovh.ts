/** OVHcloud mail hosting. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

export const OVH: ProviderFamily<'ovh'> = {
  id: 'ovh',
  name: 'OVHcloud mail',
  hosts: ['mail.ovh.net'],
  mx: [
    {
      key: 'ovh',
      name: 'OVHcloud mail',
      kind: 'mailbox',
      suffixes: ['mail.ovh.net'],
      source: mxLookup('ovh.net'),
      observed: true,
    },
  ],
  rules: [],
};
