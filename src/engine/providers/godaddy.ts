/** GoDaddy mail (secureserver.net): refusal codes IBnnn. */
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
  rules: [
    {
      id: 'godaddy-spf',
      pattern: /per it'?s spf record|\bib508\b/,
      code: 'IB508',
      reason: 'authfailure',
      meaning: 'The sending IP is not allowed by the domain’s SPF record.',
      source: `${FM}/550.json#L1007`,
      example:
        "550 192.0.2.45 is not allowed to send from <example.com> per it's SPF Record. Please inspect your SPF settings, and try again. IB508 <http://x.co/srbounce>",
    },
    {
      id: 'godaddy-hourly-limit',
      pattern: /\b(ib504)\b|sent too many messages this hour/,
      code: 'IB504',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'The sending IP sent too many messages this hour.',
      source: `${FM}/550.json#L1014`,
      example:
        '550 192.0.2.45> This IP has sent too many messages this hour. IB504 <http://x.co/rlbounce>',
    },
    {
      id: 'godaddy-blocked',
      pattern: /\b(ib10[0-9]|ib11[0-9])\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is blocked by GoDaddy.',
      source: `${FM}/554.json#L399`,
      example:
        '554 IB104. Connection refused. 192.0.2.45 is listed on the Spamhaus Block List (SBL). Please visit http://www.spamhaus.org/sbl for more information or to request a delisting.',
    },
  ],
  sizeLimit: {
    name: 'GoDaddy Workspace Email',
    bytes: 30 * 1024 * 1024,
    source: 'https://ca.godaddy.com/help/workspace-email-account-limitations-2949',
  },
};
