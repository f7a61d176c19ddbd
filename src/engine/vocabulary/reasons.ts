/**
 * The words every layer shares: the reasons a bounce can have, who acts on them, and the
 * families reasons fall into. The bottom layer of the engine: it imports nothing.
 */

/** Sisimai's reason vocabulary: the de facto standard names for bounce reasons. */
export const REASONS = [
  'userunknown',
  'hostunknown',
  'hasmoved',
  'suspend',
  'mailboxfull',
  'exceedlimit',
  'mesgtoobig',
  'filtered',
  'rejected',
  'blocked',
  'badreputation',
  'requireptr',
  'authfailure',
  'securityerror',
  'failedstarttls',
  'policyviolation',
  'spamdetected',
  'virusdetected',
  'contenterror',
  'notcompliantrfc',
  'norelaying',
  'notaccept',
  'toomanyconn',
  'speeding',
  'expired',
  'networkerror',
  'systemerror',
  'systemfull',
  'mailererror',
  'syntaxerror',
  'onhold',
  'suppressed',
  'vacation',
  'feedback',
  'delivered',
  'undefined',
] as const;

export type Reason = (typeof REASONS)[number];

const REASON_SET: ReadonlySet<string> = new Set(REASONS);
export const isReason = (value: string): value is Reason => REASON_SET.has(value);

/** Who has to do something about it. */
export type Actor = 'sender' | 'sender-esp' | 'recipient' | 'recipient-admin' | 'nobody';

/**
 * Reasons grouped by what the sender would do next: near readings inside a family share a
 * remedy (an unknown user and a disabled mailbox both mean "stop mailing this address").
 */
export const REASON_FAMILIES = {
  address: ['userunknown', 'hostunknown', 'hasmoved', 'suspend', 'notaccept'],
  mailbox: ['mailboxfull'],
  size: ['mesgtoobig', 'exceedlimit'],
  sender: ['rejected', 'blocked', 'badreputation', 'requireptr', 'norelaying'],
  authentication: ['authfailure', 'securityerror', 'failedstarttls'],
  content: [
    'spamdetected',
    'virusdetected',
    'policyviolation',
    'contenterror',
    'notcompliantrfc',
    'filtered',
  ],
  rate: ['speeding', 'toomanyconn'],
  transport: ['expired', 'networkerror', 'systemerror', 'systemfull', 'mailererror', 'syntaxerror'],
  undecided: ['onhold', 'undefined'],
  report: ['suppressed', 'vacation', 'feedback', 'delivered'],
} as const satisfies Record<string, readonly Reason[]>;

export type ReasonFamily = keyof typeof REASON_FAMILIES;

const FAMILY_OF = new Map<string, ReasonFamily>(
  Object.entries(REASON_FAMILIES).flatMap(([family, reasons]) =>
    reasons.map((reason) => [reason, family as ReasonFamily] as const),
  ),
);

export function reasonFamily(reason: string): ReasonFamily | undefined {
  return FAMILY_OF.get(reason);
}
