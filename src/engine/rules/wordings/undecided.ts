/**
 * Deferrals that name no cause of failure: greylisting, a message held for a moderator or a
 * verification, delay warnings, a bare "try again later". The message is held, not refused.
 */
import { hint, rule } from './rule.ts';
import { SRC } from './sources.ts';

export const UNDECIDED_WORDINGS = [
  rule(
    'onhold.held',
    /\bgr[ea]y-?list(?:ed|ing)?\b|\bgrey listing\b|\bnot whitelisted by this recipient|\bfirst time visit\b|\bunverified address\b|\baddress verification in progress|\bdefer_if_permit\b|\bawaits moderator|\bmoderated list\b|\bemergency hold\b|\bdirectory is sticky\b|\bawaiting deep scan/,
    '450 4.7.1 <jane@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    SRC.greylisting,
  ),
  hint(
    'onhold.deferred',
    /\bdeferred(?: by policy| for policy reasons)?$|^(?:\d{3} )?(?:\d\.\d\.\d )?deferred\b|\btemporarily (?:denied|unavailable|undeliverable)\b|\bdenied temporarily\b|\b(?:will be|will|gmail will) retr(?:ied|y)\b|\bwill keep trying\b|\bstill undelivered after\b|\bhas not yet been delivered\b|\bcould not send message for past\b|\bdelay(?:ed|s)? (?:in )?(?:delivering|delivery)|\b(?:delivery|message) (?:has been |is )?delayed\b|\bmessage \S+ delayed\b|\bretry time not reached|\bonward transmission not accepted|\bonly a temporary failure report|\b(?:please )?try (?:again )?later\b/,
    'Warning: message 1qXyZ-0004 delayed 24 hours',
    SRC.eximDeliver,
  ),
];
