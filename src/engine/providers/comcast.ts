/** Comcast / Xfinity (comcast.net): codes BL0000nn, RL0000nn, ES0000nn. */
import type { ProviderFamily } from './types.ts';

const CODES = 'http://postmaster.comcast.net/mail-error-codes.html';
const SECURITY = 'http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx';

export const COMCAST: ProviderFamily<'comcast'> = {
  id: 'comcast',
  name: 'Comcast / Xfinity',
  hosts: ['comcast.net'],
  mx: [
    {
      key: 'comcast',
      name: 'Xfinity (Comcast)',
      kind: 'mailbox',
      suffixes: ['comcast.net'],
      source: CODES,
    },
  ],
  domains: /^comcast\.net$/,
  mailboxDomains: [{ domain: 'comcast.net', brand: 'Xfinity (Comcast)', source: CODES }],
  signs: [
    {
      pattern:
        /\b(?:bl|rl|es)0000\d\d\b|\bbl0001\d\d\b|postmaster\.comcast\.net|xfinity\.com\/support\/articles\/email-errors|comcast (?:requires|block)/,
      source: CODES,
    },
  ],
  rules: [
    {
      id: 'comcast-listed',
      pattern: /\b(bl0000(?:0[01]|1[01])|bl0001\d\d|bl00[67])\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP is listed (spam-like patterns, Spamhaus ZEN, Cloudmark CSI or SenderScore).',
      source: CODES,
      example:
        '554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.45 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
    },
    {
      id: 'comcast-dynamic-ip',
      pattern:
        /\b(es0000(?:01|10))\b|requires that all mail servers must have a ptr|reverse dns failure/,
      code: 'ES000010',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning:
        'Comcast requires a PTR record and refuses mail sent directly from dynamic or residential IPs.',
      source: 'https://es.xfinity.com/support/articles/email-errors',
      example:
        '554 resimta-po-20v.sys.comcast.net comcast 192.0.2.45 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://postmaster.comcast.net/smtp-error-codes.php#ES000010',
    },
    {
      id: 'comcast-rate',
      pattern: /\b(rl0000\d\d)\b|too many sessions opened|throttled/,
      code: '$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Rate or connection limit exceeded.',
      source: SECURITY,
      example:
        '<bob@comcast.net>: host mx1.comcast.net[96.114.157.80] refused to talk to me: 421 resimta-ch2-05v.sys.comcast.net comcast Too many sessions opened',
    },
  ],
  blocklists: {
    lists: ['spamhaus-zen', 'senderscore'],
    portals: [
      {
        label: 'Comcast error codes',
        url: CODES,
        note: 'BL000001 = Spamhaus ZEN, BL000010 = Cloudmark CSI, BL000100 = SenderScore.',
      },
    ],
    source: CODES,
  },
};
