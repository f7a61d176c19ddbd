/** Gmail's rate limits and reputation blocks (4.7.28, 4.2.1, "unusual rate of unsolicited mail"). */
import { GMAIL_ERRORS, fieldManual } from './sources.ts';
import type { ProviderRule } from './types.ts';

export const GOOGLE_RULES_RATE: ProviderRule<'google'>[] = [
  {
    id: 'google-same-message-id',
    pattern: /[45]\.7\.28\b.{0,200}message-id/,
    code: '4.7.28',
    reason: 'spamdetected',
    meaning: 'Too many messages with the same Message-ID.',
    source: GMAIL_ERRORS,
    example:
      '421-4.7.28 Gmail has detected an unusual rate of mail with the same Message-ID originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
  },
  {
    id: 'google-unusual-rate',
    pattern: /4\.7\.(28)\b/,
    code: '4.7.28',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning:
      'Gmail is rate-limiting an unusual rate of mail (or of unsolicited mail) from this IP, domain or network; slow down and it lets the rest through.',
    source: fieldManual(421, 26),
    example:
      '421-4.7.28 [192.0.2.45] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp',
  },
  // The same wording with a block rather than a rate limit (4.7.0, 5.7.1, 5.7.28): reputation.
  // The code is the one the reply gives, not one the rule assumes.
  {
    id: 'google-unsolicited-rate-block',
    pattern: /(?:\b([45]\.7\.\d{1,3})\b.{0,120}?)?unusual rate of (?:unsolicited )?(?:email|mail)/,
    code: '$1',
    reason: 'badreputation',
    actor: 'sender-esp',
    meaning:
      'Gmail blocks mail from this IP because of an unusual rate of unsolicited mail from it: its reputation must recover.',
    source: 'https://pastebin.com/6UPQYvjk',
    example:
      '550-5.7.1 [192.0.2.45 1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedIPError to review our Bulk Email Senders Guidelines.',
  },
  {
    id: 'google-receiving-rate',
    pattern: /4\.2\.1\b.{0,160}(?:too quickly|rate that prevents|receiving mail at a rate)/,
    code: '4.2.1',
    reason: 'speeding',
    actor: 'sender-esp',
    meaning: 'The recipient is receiving mail too fast; Gmail defers the rest.',
    source: GMAIL_ERRORS,
    example:
      '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. - gsmtp',
  },
];
