/** GoDaddy's refusal codes IBnnn, as its replies word them. */
import type { ProviderRule } from './types.ts';

const FM =
  'https://github.com/fm/smtp-codes/blob/f506d3491e380e7538bbe579f69e04482753803e/data/codes';
/** GoDaddy's own list of its bounces, rate-limiting ones among them. */
const RATE = 'https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';

export const GODADDY_RULES: ProviderRule<'godaddy'>[] = [
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
    pattern: /\b(ib504|ib60[5-9])\b|sent (?:to )?too many (?:messages|recipients) this hour/,
    code: '$1',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'The sending IP sent too many messages, or to too many recipients, this hour.',
    source: RATE,
    example:
      '550 192.0.2.45> This IP has sent too many messages this hour. IB504 <http://x.co/rlbounce>',
  },
  {
    id: 'godaddy-sessions',
    pattern: /\b(ib007|ib510)\b/,
    code: '$1',
    reason: 'toomanyconn',
    actor: 'sender-esp',
    meaning: 'Too many concurrent sessions, or messages in one session, from this IP.',
    source: `${FM}/421.json#L188`,
    example:
      '421 Connection refused, too many sessions from 192.0.2.45. Please lower the number of concurrent sessions. IB007 <http://x.co/rlbounce>',
  },
  {
    id: 'godaddy-reverse-dns',
    pattern: /\bib108\b/,
    code: 'IB108',
    reason: 'requireptr',
    actor: 'sender-esp',
    meaning: 'The sending IP has no reverse DNS that resolves.',
    source: `${FM}/421.json#L212`,
    example: '421 Temporarily rejected. Reverse DNS for 192.0.2.45 failed. IB108',
  },
  {
    id: 'godaddy-unavailable',
    pattern: /\bib101\b/,
    code: 'IB101',
    reason: 'systemerror',
    meaning: 'GoDaddy’s server is temporarily unavailable.',
    source: `${FM}/421.json#L201`,
    example: '421 Server temporarily unavailable. Try again later. IB101',
  },
  {
    id: 'godaddy-reputation',
    pattern: /\b(ib103|ib11[0-3])\b/,
    code: '$1',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning:
      'The sending IP is blocked for a while for its reputation (Cloudmark, spam content or too many invalid recipients).',
    source: `${FM}/554.json#L355`,
    example:
      '554 192.0.2.45 has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
  },
  {
    id: 'godaddy-blocked',
    pattern: /\b(ib10[0-9]|ib301)\b|rbl reject/,
    code: '$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is listed (Spamhaus) or blocked by GoDaddy.',
    source: `${FM}/554.json#L399`,
    example:
      '554 IB104. Connection refused. 192.0.2.45 is listed on the Spamhaus Block List (SBL). Please visit http://www.spamhaus.org/sbl for more information or to request a delisting.',
  },
  {
    id: 'godaddy-spam',
    pattern: /\bib212\b/,
    code: 'IB212',
    reason: 'spamdetected',
    meaning: 'The content was judged to be spam.',
    source: `${FM}/552.json#L152`,
    example:
      '552 x7Kq2 - x7Kq2 This message has been rejected due to content judged to be spam by the internet community IB212 - If you feel this is in error, please submit a request using the link below.',
  },
  {
    id: 'godaddy-virus',
    pattern: /\bib705\b/,
    code: 'IB705',
    reason: 'virusdetected',
    meaning: 'The message carries a virus.',
    source: `${FM}/552.json#L145`,
    example: '552 x7Kq2 - x7Kq2 Virus infected message rejected. IB705',
  },
];
