/** Apple iCloud Mail (icloud.com, me.com, mac.com). */
import type { ProviderFamily } from './types.ts';

const PM = 'https://support.apple.com/en-us/102322';
const SISIMAI = 'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm';

export const APPLE: ProviderFamily = {
  id: 'apple',
  name: 'Apple iCloud Mail',
  hosts: /(?:\.|^)(?:icloud\.com|me\.com|mac\.com|mail\.icloud\.com|apple\.com)$/,
  domains: /^(?:icloud|me|mac)\.com$/,
  signature: /\[(?:cs0[1-4]|hm08|hme1)\]|support\.apple\.com\/(?:en-us\/)?(?:ht204137|102322)/,
  rules: [
    {
      pattern: /\[(cs01)\]/,
      code: 'CS01',
      reason: 'policyviolation',
      meaning: 'Rejected by iCloud local policy (content or reputation).',
      source: PM,
    },
    {
      pattern: /\[(cs02)\]/,
      code: 'CS02',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'Rejected by iCloud local policy, usually the (shared) IP’s reputation.',
      source: PM,
    },
    {
      pattern: /\[(cs0[34])\]/,
      code: '$1',
      reason: 'policyviolation',
      meaning: 'Rejected by iCloud local policy.',
      source: PM,
    },
    {
      pattern: /\[(hm08)\]/,
      code: 'HM08',
      reason: 'spamdetected',
      meaning: 'Rejected by iCloud policy, often because of the content.',
      source: PM,
    },
    {
      pattern: /\[(hme1)\]/,
      code: 'HME1',
      reason: 'authfailure',
      meaning: 'The message failed both SPF and DKIM.',
      source: PM,
    },
    {
      pattern: /dmarc policy/,
      code: '5.7.1',
      reason: 'authfailure',
      meaning: 'The message failed DMARC and the sender domain’s policy asks to reject it.',
      source: PM,
    },
    {
      pattern: /spamhaus dbl/,
      code: '5.7.1',
      reason: 'spamdetected',
      meaning: 'A domain in the message is on the Spamhaus DBL.',
      source: PM,
    },
    {
      pattern: /spamhaus sbl|proofpoint/,
      code: '5.7.1',
      reason: 'blocked',
      actor: 'sender-esp',
      meaning: 'The sending IP is listed (Spamhaus SBL or Proofpoint reputation).',
      source: PM,
    },
    {
      pattern: /inactive email address/,
      code: '5.1.1',
      reason: 'userunknown',
      meaning: 'The iCloud address has been deactivated.',
      source: SISIMAI,
    },
    {
      pattern: /recipient no longer on server/,
      code: '5.1.6',
      reason: 'hasmoved',
      meaning: 'The address no longer exists on iCloud.',
      source: PM,
    },
    {
      pattern: /user is over quota|over quota/,
      code: '5.2.2',
      reason: 'mailboxfull',
      meaning: 'The iCloud mailbox is full.',
      source: PM,
    },
    {
      pattern: /deferred due to excessive volume/,
      code: '4.7.1',
      reason: 'speeding',
      actor: 'sender-esp',
      meaning: 'Too much mail to this recipient.',
      source: PM,
    },
  ],
};
