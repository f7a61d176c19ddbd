/** Yahoo, AOL and the Verizon Media / Yahoo Inc. platform (also AT&T consumer mail since 2025). */
import type { ProviderFamily } from './types.ts';

const ERR = 'https://senders.yahooinc.com/smtp-error-codes/';
const BP = 'https://senders.yahooinc.com/best-practices/';

export const YAHOO: ProviderFamily = {
  id: 'yahoo',
  name: 'Yahoo / AOL',
  hosts:
    /(?:\.|^)(?:yahoo\.com|yahoodns\.net|yahoo\.co\.jp|aol\.com|mx\.aol\.com|aim\.com|verizon\.net|yahoo\.net)$/,
  domains:
    /^(?:yahoo|ymail|rocketmail|aol|aim|verizon)\.(?:com|net|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/,
  signature:
    /\[(?:tss?\d\d|ph01|bl2[13])\]|postmaster\.(?:verizonmedia|yahooinc)\.com|senders\.yahooinc\.com|dd this user doesn'?t have an? /,
  rules: [
    // "421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints"
    {
      pattern: /\[(tss04|ts0[12])\]/,
      code: '$1',
      reason: 'rejected',
      actor: 'sender-esp',
      meaning:
        'Temporary deferral: unexpected volume, user complaints or an unknown reputation. Slow down and review list hygiene.',
      source: ERR,
    },
    {
      pattern: /\[(ts03|tss09|tss11)\]/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning:
        'All mail from this IP is permanently deferred; retrying will not help until the reputation is fixed.',
      source: ERR,
    },
    {
      pattern: /\[(bl2[13])\]/,
      code: '$1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is listed by Spamhaus.',
      source: ERR,
    },
    {
      pattern: /\[(ph01)\]/,
      code: 'PH01',
      reason: 'policyviolation',
      meaning: 'The content (links, malware, phishing signs) is not accepted.',
      source: ERR,
    },
    {
      pattern: /requires all senders to authenticate/,
      code: '5.7.9',
      reason: 'authfailure',
      meaning: 'Yahoo requires SPF or DKIM (bulk senders: both, plus DMARC).',
      source: BP,
    },
    {
      pattern: /5\.7\.9 message not accepted for policy reasons/,
      code: '5.7.9',
      reason: 'policyviolation',
      meaning: 'Not accepted for policy reasons (often authentication or DMARC).',
      source: ERR,
    },
    {
      pattern: /dd this user doesn'?t have a [^ ]+ account|mailbox not found/,
      code: 'dd',
      reason: 'userunknown',
      meaning: 'The recipient does not exist.',
      source: ERR,
    },
    {
      pattern: /this mailbox is disabled|\(554\.30\)/,
      code: '554.30',
      reason: 'suspend',
      meaning: 'The recipient mailbox is disabled.',
      source: ERR,
    },
    {
      pattern: /unresolvable rfc\.?5321 from domain/,
      code: '451',
      reason: 'rejected',
      meaning: 'The MAIL FROM domain does not resolve.',
      source: ERR,
    },
    {
      pattern: /receiving mail too quickly|max message per connection/,
      code: '450',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Too much mail too fast for this recipient or connection.',
      source: ERR,
    },
    {
      pattern: /not rfc compliant/,
      code: '554',
      reason: 'notcompliantrfc',
      meaning: 'The headers are not RFC compliant.',
      source: ERR,
    },
  ],
};
