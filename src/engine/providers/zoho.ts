/** Zoho Mail and ZeptoMail. */
import type { ProviderFamily } from './types.ts';

const CODES = 'https://smtp.codes/zoho';
const ZEPTO = 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html';

export const ZOHO: ProviderFamily<'zoho'> = {
  id: 'zoho',
  name: 'Zoho Mail',
  hosts: [
    'zoho.com',
    'zoho.eu',
    'zoho.in',
    'zoho.com.au',
    'zoho.jp',
    'zohomail.com',
    'zeptomail.com',
  ],
  mx: [
    {
      key: 'zoho',
      name: 'Zoho Mail',
      kind: 'mailbox',
      suffixes: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zohomail.com'],
      source: 'https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html',
    },
  ],
  domains: /^(?:zoho|zohomail)\.(?:com|eu|in)$/,
  mailboxDomains: [{ domain: 'zoho.com', brand: 'Zoho Mail', source: ZEPTO }],
  signs: [{ pattern: /zoho/, source: CODES }],
  rules: [
    {
      id: 'zoho-destination-filter',
      pattern: /mail rejected by destination domain/,
      code: '5.4.1',
      reason: 'filtered',
      actor: 'recipient-admin',
      meaning: 'The recipient domain’s filter rejected the message.',
      source: CODES,
      example:
        '<bob@example.org>: host mx.zoho.com[204.141.33.44] said: 541 5.4.1 Mail rejected by destination domain (in reply to end of DATA command)',
    },
    {
      id: 'zoho-dmarc',
      pattern: /email rejected per dmarc policy/,
      code: '5.7.1',
      reason: 'authfailure',
      meaning: 'The message failed DMARC and the sender domain asks receivers to reject it.',
      source: CODES,
      example:
        '<bob@example.org>: host mx.zoho.com[204.141.33.44] said: 550 5.7.1 Email rejected per DMARC policy for example.com (in reply to end of DATA command)',
    },
    {
      id: 'zoho-virus',
      pattern: /virus .{0,60}detected/,
      code: '5.7.1',
      reason: 'virusdetected',
      meaning: 'A virus was detected.',
      source: CODES,
      example: '552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail',
    },
  ],
};
