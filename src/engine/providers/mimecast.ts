/** Mimecast: a filtering gateway; its reject texts are listed on its own SMTP error code page. */
import { mxLookup } from './sources.ts';
import type { ProviderFamily } from './types.ts';

const BLOCKED =
  'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections';
const CODES = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';

export const MIMECAST: ProviderFamily<'mimecast'> = {
  id: 'mimecast',
  name: 'Mimecast',
  hosts: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
  mx: [
    {
      key: 'mimecast',
      name: 'Mimecast',
      kind: 'gateway',
      suffixes: ['mimecast.com', 'mimecast.co.za', 'mimecast-offshore.com'],
      source: mxLookup('mimecast.com'),
      observed: true,
    },
  ],
  signs: [
    { pattern: /mimecast/, source: CODES },
    // Its policy names, as its rejections word them.
    {
      pattern:
        /rejected by header based|policy level block list in force|envelope blocked - user entry/,
      source: BLOCKED,
    },
  ],
  rules: [
    {
      id: 'mimecast-auth',
      pattern: /(spf|dkim|dmarc) sender invalid/,
      code: '$1 Sender Invalid',
      reason: 'authfailure',
      meaning: 'The message failed Mimecast’s SPF, DKIM or DMARC check.',
      source: CODES,
      example:
        '550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550',
    },
    {
      id: 'mimecast-reputation',
      pattern: /local ct ip reputation|sender address blocked|ip temporarily blacklisted/,
      code: 'IP Reputation',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP has a poor reputation at Mimecast or is on the recipient’s blocked senders.',
      source: CODES,
      example:
        '550 Local CT IP Reputation - (Reject) - https://community.mimecast.com/docs/DOC-1369#550',
    },
    {
      id: 'mimecast-network-policy',
      pattern: /host network,? not allowed/,
      code: 'Host network not allowed',
      reason: 'policyviolation',
      actor: 'recipient-admin',
      meaning: 'The recipient organisation’s geographic or network policy refuses your network.',
      source: CODES,
      example: '554 Host network, not allowed - https://community.mimecast.com/docs/DOC-1369#554',
    },
    {
      id: 'mimecast-user-block',
      pattern: /envelope blocked - user entry|administrative prohibition/,
      code: 'Envelope blocked',
      reason: 'filtered',
      actor: 'recipient',
      meaning: 'The recipient (or their admin) blocked your address.',
      source: CODES,
      example:
        '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
    },
    {
      id: 'mimecast-blocked-sender',
      pattern:
        /rejected by header based (?:manually )?blocked senders|policy level block list in force/,
      code: 'Blocked Senders',
      reason: 'rejected',
      actor: 'recipient-admin',
      meaning: 'The recipient organisation’s Blocked Senders policy lists your address or domain.',
      source: BLOCKED,
      example: '550 Rejected by header based Blocked Senders: news@example.com',
    },
    {
      id: 'mimecast-anti-spoofing',
      pattern: /anti-spoofing policy/,
      code: 'Anti-Spoofing',
      reason: 'policyviolation',
      actor: 'recipient-admin',
      meaning: 'The message tripped the recipient’s anti-spoofing policy.',
      source: CODES,
      example:
        '550 Rejected by header based Anti-Spoofing policy: bob@example.org - https://community.mimecast.com/docs/DOC-1369#550',
    },
    {
      id: 'mimecast-content-policy',
      pattern: /content examination policy|rejected due to security policies/,
      code: 'Content policy',
      reason: 'policyviolation',
      meaning: 'The content hit the recipient’s policy (spam score, virus, attachments).',
      source: CODES,
      example:
        '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554',
    },
    {
      id: 'mimecast-tls-required',
      pattern: /route requires (?:encryption|tls)/,
      code: 'TLS required',
      reason: 'failedstarttls',
      meaning: 'The recipient requires TLS (1.2 or later).',
      source: CODES,
      example:
        '553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553',
    },
    {
      id: 'mimecast-invalid-recipient',
      pattern: /invalid recipient/,
      code: 'Invalid Recipient',
      reason: 'userunknown',
      meaning: 'The recipient is not in the organisation’s directory.',
      source: CODES,
      example: '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550',
    },
  ],
  blocklists: { lists: [], portals: [], source: CODES },
  // Default Email Size Limits policy: 100 MB on the legacy gateway, 200 MB on the current one.
  sizeLimit: {
    name: 'Mimecast',
    bytes: 100 * 1024 * 1024,
    source: 'https://community.mimecast.com/docs/DOC-1415',
  },
};
