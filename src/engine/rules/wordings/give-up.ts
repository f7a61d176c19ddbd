/**
 * Words of a sending server that kept a message queued, retried, and finally gave up (or warns
 * that it is still trying). They do not say why delivery failed; they say that time ran out.
 */
import { anyOf } from '../../parse/any-of.ts';

export const GIVE_UP: RegExp[] = [
  /retry timeout exceeded/, // Exim
  /all hosts have been failing/, // Exim
  /in the queue too long|not going to try again/, // qmail
  /(?:message|envelope) (?:has )?expired|queue\.expired|delivery time expired/, // Exchange, OpenSMTPD
  /could not be delivered for (?:\d|the)|will be deleted from (?:the )?queue|could not deliver for the last/, // Sendmail, DragonFly
  /was aborted after|delivery (?:was )?aborted/, // gateways
  /giving up|gave up|no more retries|delivery attempts? (?:exhausted|expired)|delivery failed \d+ attempts/, // IMail "Delivery failed 20 attempts"
  /still undelivered after|will (?:keep trying|be retried)|message will be retried/, // delay warnings
  /(?:has|was) not (?:been )?delivered (?:for|in|within)|unable to deliver in \d+/,
  /再送信を試みましたが|配信を(?:あきらめ|中止)/, // Japanese carriers: we retried, but...
];

const ANY_GIVE_UP = anyOf(GIVE_UP);

export function gaveUpIn(text: string): string | undefined {
  if (!ANY_GIVE_UP.test(text)) return undefined;
  for (const pattern of GIVE_UP) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
