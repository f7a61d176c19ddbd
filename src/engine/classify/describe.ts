/**
 * The human side of a verdict: permanent or not, who acts, and one or two plain sentences.
 */
import { isStillTrying, REASON_INFO, reasonWords } from '../rules/reason-info.ts';
import type { ParsedRecipient } from '../parse/types.ts';
import type { Actor, Reason } from './types.ts';

/** Permanent (true), temporary (false), or not a failure at all (null). */
export function permanence(reason: Reason, r: ParsedRecipient): boolean | null {
  const info = REASON_INFO[reason];
  if (info.persistence === 'none') return null;
  // A delay: the sending server is still trying, so nothing has failed for good yet.
  if (isStillTrying(r)) return false;
  if (reason === 'expired') return true;
  const klass = r.status?.[0] ?? String(r.replyCode ?? '')[0];
  if (klass === '4') return false;
  if (klass === '5') return true;
  return info.persistence === 'permanent';
}

/** Reasons that mean the address itself is bad, whatever the reply class says. */
const ADDRESS_IS_BAD: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/**
 * A hard bounce: the address cannot receive mail (see Classification.hardBounce). A domain that
 * accepts no mail (null MX, RFC 7505) is one when the refusal is permanent.
 */
export function isHardBounce(reason: Reason, permanent: boolean | null): boolean {
  return ADDRESS_IS_BAD.has(reason) || (reason === 'notaccept' && permanent === true);
}

/** Two sentences: what happened, and what to do. The provider's own words are shown apart. */
export function summarise(reason: Reason, r: ParsedRecipient): string {
  const info = reasonWords(reason, isStillTrying(r));
  const who = r.address ? `Mail to ${r.address}: ` : '';
  return `${who}${info.what} ${info.todo}`;
}

export function actorFor(reason: Reason, providerActor: Actor | undefined): Actor {
  return providerActor ?? REASON_INFO[reason].actor;
}
