/** Yahoo's and AOL's own codes: [TSS04], [PH01], [BL21], "dd This user doesn't have...", RTR:/RLY:. */
import { YAHOO_BEST_PRACTICES, YAHOO_ERRORS, fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const YAHOO_RULES: ProviderRule<'yahoo'>[] = [
  {
    id: 'yahoo-deferred',
    pattern: /\[((?:ip)?tss0[45]|ts0[12])\]/,
    code: '$1',
    reason: 'rejected',
    actor: 'sender-esp',
    meaning:
      'Temporary deferral: unexpected volume, user complaints or an unknown reputation. Slow down and review list hygiene.',
    source: YAHOO_ERRORS,
    alternatives: [
      {
        reason: 'badreputation',
        why: 'Yahoo defers mail from senders whose volume or complaint rate it does not trust yet; the fix is reputation, not the address.',
        settleBy: 'blocklists',
      },
    ],
    example:
      '421 4.7.0 [TSS04] Messages from 192.0.2.45 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  },
  {
    id: 'yahoo-permanently-deferred',
    pattern: /\[(ts03|tss0[69]|tss11)\]/,
    code: '$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning:
      'All mail from this IP is permanently deferred; retrying will not help until the reputation is fixed.',
    source: YAHOO_ERRORS,
    example:
      '553 5.7.2 [TSS09] All messages from 192.0.2.45 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
  },
  {
    id: 'yahoo-spamhaus',
    pattern: /\[(bl2[13])\]/,
    code: '$1',
    reason: 'blocked',
    actor: 'sender-esp',
    meaning: 'The sending IP is listed by Spamhaus.',
    source: YAHOO_ERRORS,
    example:
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.45, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
  },
  {
    id: 'yahoo-content',
    pattern: /\[(ph01)\]/,
    code: 'PH01',
    reason: 'policyviolation',
    meaning: 'The content (links, malware, phishing signs) is not accepted.',
    source: fieldManual(554, 60),
    example:
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
  },
  {
    id: 'yahoo-unauthenticated',
    pattern: /requires all senders to authenticate/,
    code: '5.7.9',
    reason: 'authfailure',
    meaning: 'Yahoo requires SPF or DKIM (bulk senders: both, plus DMARC).',
    source: YAHOO_BEST_PRACTICES,
    example:
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF example.com with ip 192.0.2.45 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for more information.',
  },
  {
    id: 'yahoo-policy',
    pattern: /5\.7\.9 message not accepted for policy reasons/,
    code: '5.7.9',
    reason: 'policyviolation',
    meaning: 'Not accepted for policy reasons (often authentication or DMARC).',
    source: YAHOO_ERRORS,
    example:
      '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
  },
  {
    id: 'yahoo-no-account',
    pattern:
      /dd this user doesn'?t have an? [^ ]+ account|dd \S+ is no longer valid|mailbox not found/,
    code: 'dd',
    reason: 'userunknown',
    meaning: 'The recipient does not exist.',
    source: YAHOO_ERRORS,
    example:
      "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [-9] - mta1061.mail.ne1.yahoo.com",
  },
  {
    id: 'yahoo-disabled',
    pattern: /this mailbox is disabled|\(554\.30\)/,
    code: '554.30',
    reason: 'suspend',
    meaning: 'The recipient mailbox is disabled.',
    source: fieldManual(554, 39),
    example:
      '554 delivery error: dd Sorry, your message to bob@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta1061.mail.ne1.yahoo.com',
  },
  {
    id: 'yahoo-from-domain',
    pattern: /unresolvable rfc\.?5321 from domain/,
    code: '451',
    reason: 'rejected',
    meaning: 'The MAIL FROM domain does not resolve.',
    source: YAHOO_ERRORS,
    example:
      '451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes',
  },
  {
    id: 'yahoo-too-fast',
    pattern: /receiving mail too quickly|max message per connection/,
    code: '450',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'Too much mail too fast for this recipient or connection.',
    source: fieldManual(450, 25),
    example:
      '<bob@yahoo.com>: host mta6.am0.yahoodns.net[67.195.204.72] said: 450 User is receiving mail too quickly (in reply to RCPT TO command)',
  },
  {
    id: 'yahoo-not-rfc',
    pattern: /not rfc compliant/,
    code: '554',
    reason: 'notcompliantrfc',
    meaning: 'The headers are not RFC compliant.',
    source: fieldManual(554, 67),
    example:
      '<bob@yahoo.com>: host mta6.am0.yahoodns.net[67.195.204.72] said: 554 Message not allowed - Headers are not RFC compliant[291] (in reply to end of DATA command)',
  },
];
