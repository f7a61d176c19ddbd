/** US access providers and hosts: Comcast, AT&T, Cox, Spectrum, GoDaddy. */
import type { ProviderFamily } from './types.ts';

const COMCAST = 'http://postmaster.comcast.net/mail-error-codes.html';
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/tree/master/lib/Sisimai/Rhost';

export const COMCAST_NET: ProviderFamily = {
  id: 'comcast',
  name: 'Comcast / Xfinity',
  hosts: /(?:\.|^)comcast\.net$/,
  domains: /^comcast\.net$/,
  signature: /comcast (?:requires|block)|postmaster\.comcast\.net/,
  rules: [
    {
      pattern: /\b(bl0000(?:0[01]|1[01])|bl0001\d\d|bl00[67])\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'The sending IP is listed (spam-like patterns, Spamhaus ZEN, Cloudmark CSI or SenderScore).',
      source: COMCAST,
    },
    {
      pattern:
        /\b(es0000(?:01|10))\b|requires that all mail servers must have a ptr|reverse dns failure/,
      code: 'ES000010',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning:
        'Comcast requires a PTR record and refuses mail sent directly from dynamic or residential IPs.',
      source: COMCAST,
    },
    {
      pattern: /\b(rl0000\d\d)\b|too many sessions opened|throttled/,
      code: '$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Rate or connection limit exceeded.',
      source: COMCAST,
    },
  ],
};

export const ATT: ProviderFamily = {
  id: 'att',
  name: 'AT&T',
  hosts: /(?:\.|^)(?:att\.net|sbcglobal\.net|bellsouth\.net|prodigy\.net)$/,
  domains: /^(?:att|sbcglobal|bellsouth|pacbell|swbell|flash|ameritech|prodigy)\.net$/,
  signature: /att\.net\/blocks|dnsbl:attrbl|\bflpd\d+/,
  rules: [
    {
      pattern: /dnsbl:(?:rbl|attrbl)|\bflpd\d+|is blocked|blocked for abuse/,
      code: 'DNSBL:RBL',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is on AT&T’s block list.',
      source: 'http://att.net/blocks',
    },
    {
      pattern: /without a valid sender domain|failure in dns look-?up/,
      code: '550 5.7.1',
      reason: 'requireptr',
      actor: 'sender-esp',
      meaning: 'The sending IP’s reverse DNS is missing or invalid.',
      source: SISIMAI,
    },
  ],
};

export const COX: ProviderFamily = {
  id: 'cox',
  name: 'Cox',
  hosts: /(?:\.|^)(?:cox\.net|cloudfilter\.net)$/,
  domains: /^cox\.net$/,
  signature: /cox\.com\/.{0,40}error-codes|aup#cx/,
  rules: [
    {
      pattern: /aup#(cx(?:bl|dnsbl|rbl|snd|cdrbl)|cdrbl)/,
      code: 'AUP#$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP or domain is on Cox’s block list.',
      source: 'https://www.cox.com/residential/support/email-error-codes.html',
    },
    {
      pattern: /aup#(cxmxrt|cxconn)/,
      code: 'AUP#$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many messages or connections.',
      source: 'https://www.cox.com/residential/support/email-error-codes.html',
    },
    {
      pattern: /sender rejected/,
      code: 'sender rejected',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Cox refused the sender (reputation block).',
      source: 'https://www.cox.com/residential/support/email-error-codes.html',
    },
  ],
};

export const SPECTRUM: ProviderFamily = {
  id: 'spectrum',
  name: 'Spectrum (Charter)',
  hosts: /(?:\.|^)(?:charter\.net|rr\.com|spectrum\.net|twc\.com|brighthouse\.com)$/,
  domains: /^(?:charter\.net|[a-z.]*rr\.com|spectrum\.net|twc\.com|brighthouse\.com)$/,
  signature: /spectrum\.net\/support|aup#(?:in|out|cnt)-/,
  rules: [
    {
      pattern: /aup#(in-1310|in-1\d\d\d|cnt-\d+)/,
      code: 'AUP#$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many connections or messages from this IP.',
      source: 'https://www.spectrum.net/support/internet/understanding-email-error-codes',
    },
    {
      pattern: /aup#(in-\d+|out-\d+)/,
      code: 'AUP#$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is blocked by Spectrum.',
      source: 'https://www.spectrum.net/support/internet/understanding-email-error-codes',
    },
  ],
};

export const GODADDY: ProviderFamily = {
  id: 'godaddy',
  name: 'GoDaddy',
  hosts: /(?:\.|^)(?:secureserver\.net|godaddy\.com)$/,
  signature: /\bib\d{3}\b|x\.co\/rlbounce/,
  rules: [
    {
      pattern: /\b(ib50[1-9]|ib510)\b.{0,80}spf|spf record/,
      code: 'IB508',
      reason: 'authfailure',
      meaning: 'The sending IP is not allowed by the domain’s SPF record.',
      source: SISIMAI,
    },
    {
      pattern: /\b(ib60[5-9])\b|too many recipients this hour/,
      code: '$1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'The sending IP sent to too many recipients this hour.',
      source: SISIMAI,
    },
    {
      pattern: /\b(ib10[0-9]|ib11[0-9])\b/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is blocked by GoDaddy.',
      source: SISIMAI,
    },
  ],
};
