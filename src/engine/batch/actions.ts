/**
 * The one action a failed recipient calls for, from its reason: data first, then the two
 * facts that override it. A hard bounce (the address cannot receive mail, decision 006) is
 * always suppressed; a temporary failure of a reason that is about the recipient's side is
 * retried. Our own table; the reasons are the classifier's.
 */
import type { Classification, Reason } from '../classify/types.ts';
import type { TriageAction } from './types.ts';

/** What each reason calls for when it is a permanent failure. */
const PERMANENT_ACTION: Record<Reason, TriageAction> = {
  userunknown: 'suppress',
  hostunknown: 'suppress',
  hasmoved: 'suppress',
  notaccept: 'suppress',
  suppressed: 'suppress',
  // A spam complaint: stop mailing the person (RFC 6449 s3.4 describes feedback loops).
  feedback: 'suppress',
  suspend: 'ask-recipient',
  mailboxfull: 'ask-recipient',
  filtered: 'ask-recipient',
  exceedlimit: 'fix-sender',
  mesgtoobig: 'fix-sender',
  rejected: 'fix-sender',
  blocked: 'fix-sender',
  badreputation: 'fix-sender',
  requireptr: 'fix-sender',
  authfailure: 'fix-sender',
  securityerror: 'fix-sender',
  failedstarttls: 'fix-sender',
  policyviolation: 'fix-sender',
  spamdetected: 'fix-sender',
  virusdetected: 'fix-sender',
  contenterror: 'fix-sender',
  notcompliantrfc: 'fix-sender',
  norelaying: 'fix-sender',
  syntaxerror: 'fix-sender',
  toomanyconn: 'retry',
  speeding: 'retry',
  expired: 'retry',
  networkerror: 'retry',
  systemerror: 'retry',
  systemfull: 'retry',
  mailererror: 'retry',
  // The bounce does not say why: open one in the wizard and read the server's words.
  onhold: 'investigate',
  undefined: 'investigate',
  vacation: 'none',
  delivered: 'none',
};

/**
 * Reasons whose temporary form still needs the sender to change something: retrying as is
 * meets the same refusal (a reputation throttle, a missing PTR, failed authentication).
 */
const FIX_EVEN_IF_TEMPORARY = new Set<Reason>([
  'badreputation',
  'blocked',
  'requireptr',
  'authfailure',
  'spamdetected',
  'policyviolation',
  'securityerror',
  'failedstarttls',
]);

export function actionFor(
  c: Pick<Classification, 'reason' | 'permanent' | 'hardBounce'>,
): TriageAction {
  if (c.hardBounce) return 'suppress';
  const action = PERMANENT_ACTION[c.reason];
  if (c.permanent === false && action !== 'none' && action !== 'suppress') {
    return FIX_EVEN_IF_TEMPORARY.has(c.reason) ? 'fix-sender' : 'retry';
  }
  return action;
}

/** The action in words, for the page, the Markdown summary and the CSV. */
export const ACTION_LABELS: Record<TriageAction, string> = {
  suppress: 'Suppress the address',
  retry: 'Retry later',
  'fix-sender': 'Fix our side',
  'ask-recipient': 'Ask the recipient',
  investigate: 'Look closer',
  none: 'Nothing to do',
};
