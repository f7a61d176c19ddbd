/** GoDaddy mail (secureserver.net): refusal codes IBnnn. */
import { GODADDY_RULES } from './godaddy-rules.ts';
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const FM =
  'https://github.com/fm/smtp-codes/blob/f506d3491e380e7538bbe579f69e04482753803e/data/codes';

export const GODADDY: ProviderFamily<'godaddy'> = {
  id: 'godaddy',
  name: 'GoDaddy',
  hosts: ['secureserver.net', 'godaddy.com'],
  mx: [
    {
      key: 'godaddy',
      name: 'GoDaddy mail',
      kind: 'mailbox',
      suffixes: ['secureserver.net'],
      source: mxLookup('godaddy.com'),
      observed: true,
    },
  ],
  signs: [
    {
      pattern: /\bib[0-7]\d\d\b|x\.co\/(?:rl|sr)bounce|\.secureserver\.net\b/,
      source: `${FM}/554.json#L355`,
    },
  ],
  rules: GODADDY_RULES,
  sizeLimit: {
    name: 'GoDaddy Workspace Email',
    bytes: 30 * 1024 * 1024,
    source: 'https://ca.godaddy.com/help/workspace-email-account-limitations-2949',
  },
};
