/** Cox (cox.net): refusal codes AUP#CXxxx. */
import type { ProviderFamily } from './types.ts';

const CODES = 'https://www.cox.com/residential/support/email-error-codes.html';

export const COX: ProviderFamily<'cox'> = {
  id: 'cox',
  name: 'Cox',
  hosts: ['cox.net', 'cloudfilter.net'],
  domains: /^cox\.net$/,
  signs: [{ pattern: /cox\.com\/.{0,40}error-codes|aup#cx/, source: CODES }],
  rules: [
    {
      id: 'cox-blocked',
      pattern: /aup#(cx(?:bl|dnsbl|rbl|snd|cdrbl)|cdrbl)/,
      code: 'AUP#$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP or domain is on Cox’s block list.',
      source: CODES,
      example:
        '554 cdptpa-ibmx03.mail.cox.net cmsmtp 192.0.2.45 blocked. AUP#CXBL For more information, go to https://www.cox.com/residential/support/email-error-codes.html',
    },
    {
      id: 'cox-volume',
      pattern: /aup#(cxmxrt|cxconn)/,
      code: 'AUP#$1',
      reason: 'toomanyconn',
      actor: 'sender-esp',
      meaning: 'Too many messages or connections.',
      source: CODES,
      example: '421 cdptpa-ibmx03.mail.cox.net cmsmtp 192.0.2.45 too many connections. AUP#CXCONN',
    },
    {
      id: 'cox-sender-rejected',
      pattern: /sender rejected/,
      code: 'sender rejected',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Cox refused the sender (reputation block).',
      source: CODES,
      example:
        '<bob@cox.net>: host cxr.mx.a.cox.net[68.99.120.4] said: 550 5.1.0 <news@example.com> sender rejected (in reply to MAIL FROM command)',
    },
  ],
};
