/**
 * Deferrals that name no cause: greylisting, "try again later" from a policy service, delay
 * warnings. The message is held, not refused; the cause is not decided yet (onhold). They name
 * no cause, so any wording or status that does outranks them.
 */
import { hint } from './rule.ts';
import { SRC } from './sources.ts';

export const UNDECIDED_WORDINGS = [
  hint(
    'onhold.greylisted',
    /\bgr[ea]y-?list(?:ed|ing)?\b|\bgrey listing\b|\bnot whitelisted by this recipient|\bfirst time visit\b/,
    '450 4.7.1 <jane@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    SRC.greylisting,
  ),
  hint(
    'onhold.deferred',
    /\bdeferred(?: by policy| for policy reasons)?$|^(?:\d{3} )?(?:\d\.\d\.\d )?deferred\b|\bdefer_if_permit\b|\baddress verification in progress|\bunverified address\b|\btemporarily (?:denied|unavailable|undeliverable)\b|\bdenied temporarily\b|\b(?:will be|will|gmail will) retr(?:ied|y)\b|\bwill keep trying\b|\bstill undelivered after\b|\bhas not yet been delivered\b|\bcould not send message for past\b|\bdelay(?:ed|s)? (?:in )?(?:delivering|delivery)|\b(?:delivery|message) (?:has been |is )?delayed\b|\bmessage \S+ delayed\b|\bawaits moderator|\bmoderated list\b|\bemergency hold\b|\bdirectory is sticky|\bretry time not reached|\bonward transmission not accepted|\bawaiting deep scan/,
    'Warning: message 1qXyZ-0004 delayed 24 hours',
    SRC.eximDeliver,
  ),
];
