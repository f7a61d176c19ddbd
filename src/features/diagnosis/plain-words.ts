import type { Actor, Classification, Reason } from '../../engine/index.ts';
import { FIXED_IN_SENDER_DNS } from '../../engine/rules/reason-info.ts';

/** Who has to do something, in words for the person reading the diagnosis. */
const ACTOR_TEXT: Record<Actor, string> = {
  sender: 'You, the sender',
  'sender-esp': 'Your email sending service',
  recipient: 'The person you wrote to',
  'recipient-admin': "The mail administrator at the recipient's side",
  nobody: 'Nobody needs to act',
};

/** Who acts, for this reason: the sender, and for a DNS fix whoever runs the domain's DNS. */
export function actorText(actor: Actor, reason: Reason): string {
  if (actor === 'sender' && FIXED_IN_SENDER_DNS.has(reason))
    return 'You, the sender (or whoever runs your domain’s DNS)';
  return ACTOR_TEXT[actor];
}

export const CONFIDENCE_TEXT: Record<Classification['confidence'], string> = {
  high: 'Sure',
  medium: 'Fairly sure',
  low: 'Not sure: read the evidence',
};

export type Permanence = 'permanent' | 'temporary' | 'not-a-failure';

export function permanenceOf(permanent: boolean | null): Permanence {
  if (permanent === null) return 'not-a-failure';
  return permanent ? 'permanent' : 'temporary';
}

export const PERMANENCE_TEXT: Record<Permanence, { label: string; detail: string }> = {
  permanent: {
    label: "Permanent — don't resend as is",
    detail: 'Sending the same message again will fail the same way until the cause is fixed.',
  },
  temporary: {
    label: 'Temporary — the server will retry / try later',
    detail: 'The sending server usually retries on its own; if it gave up, try again later.',
  },
  'not-a-failure': {
    label: 'Not a delivery failure',
    detail: 'Nothing needs resending.',
  },
};
