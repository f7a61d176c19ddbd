/** Sophos Central Email's own rejection codes (XGEMAIL_0001…0015), each with its sentence. */
import type { Reason } from '../vocabulary/reasons.ts';
import type { ProviderRule } from './types.ts';

export const SOPHOS_CODES =
  'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html';

/** Sophos Central's codes, in its order, with what its page says each means (our words). */
const XGEMAIL: [code: string, reason: Reason, wording: string, meaning: string][] = [
  [
    '0001',
    'authfailure',
    'message failed an spf check',
    'The message failed the sender domain’s SPF check.',
  ],
  [
    '0002',
    'authfailure',
    "message didn't contain a valid dkim signature",
    'The message carried no valid DKIM signature.',
  ],
  [
    '0003',
    'authfailure',
    'message failed a dmarc check',
    'The message failed the sender domain’s DMARC check.',
  ],
  [
    '0004',
    'blocked',
    'sender ip address failed an rbl test',
    'The sending IP is on a blocklist Sophos consults.',
  ],
  [
    '0005',
    'rejected',
    'sender domain failed a dbl test',
    'The sender’s domain is on a domain blocklist.',
  ],
  [
    '0006',
    'failedstarttls',
    "tls version used doesn't match",
    'The TLS version used does not match the recipient’s policy.',
  ],
  [
    '0007',
    'notaccept',
    'your license has expired',
    'The recipient organisation’s Sophos licence has expired; it takes no mail.',
  ],
  [
    '0008',
    'rejected',
    'is in the admin block list',
    'An administrator of the recipient blocked the sender, its domain or IP.',
  ],
  [
    '0009',
    'rejected',
    'is in the user block list',
    'The recipient blocked the sender, its domain or IP.',
  ],
  [
    '0010',
    'norelaying',
    "isn't a sophos email protected domain",
    'The recipient’s domain is not one Sophos handles mail for.',
  ],
  [
    '0011',
    'userunknown',
    "doesn't exist in the sophos email protected domain",
    'The recipient address does not exist.',
  ],
  [
    '0012',
    'mesgtoobig',
    'exceeded the allowed size',
    'The message is larger than the recipient’s policy allows.',
  ],
  [
    '0013',
    'toomanyconn',
    'maximum number of recipients allowed for a large message',
    'Too many recipients for a message this large.',
  ],
  [
    '0014',
    'speeding',
    'inbound rate limit for the single sender',
    'The recipient’s inbound rate limit for one sender was reached.',
  ],
  [
    '0015',
    'speeding',
    'total inbound rate limit from all senders',
    'The recipient’s inbound rate limit for all senders was reached.',
  ],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const SOPHOS_RULES: ProviderRule<'sophos'>[] = XGEMAIL.map(
  ([code, reason, wording, meaning]) => ({
    id: `sophos-xgemail-${code}`,
    pattern: new RegExp(`\\bxgemail_${code}\\b|${escape(wording)}`),
    code: `XGEMAIL_${code}`,
    reason,
    meaning,
    source: SOPHOS_CODES,
    example: `XGEMAIL_${code}`,
  }),
);
