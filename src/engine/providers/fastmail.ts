/** Fastmail: mail hosting for custom domains. */
import type { ProviderFamily } from './types.ts';

export const FASTMAIL: ProviderFamily<'fastmail'> = {
  id: 'fastmail',
  name: 'Fastmail',
  hosts: ['messagingengine.com'],
  mx: [
    {
      key: 'fastmail',
      name: 'Fastmail',
      kind: 'mailbox',
      suffixes: ['messagingengine.com'],
      source: 'https://www.fastmail.help/hc/en-us/articles/360058753394-Custom-DNS-records',
    },
  ],
  rules: [],
};
