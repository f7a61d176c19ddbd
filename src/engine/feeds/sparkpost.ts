/**
 * SparkPost events: webhook batches (`[{"msys": {"message_event": {…}}}]`) or the Events API's
 * flat objects. Failures are `bounce`, `out_of_band`, `delay`, `policy_rejection` and
 * `generation_rejection`, with `rcpt_to`, `raw_reason` (the server's words), `bounce_class` and
 * the sender's `friendly_from`, `msg_from` and `sending_ip`.
 * https://developers.sparkpost.com/api/events/ and https://support.sparkpost.com/docs/deliverability/bounce-classification-codes
 */
import { feedRecipient, feedSender } from './recipient.ts';
import { isObject, text, type EventReader, type Json } from './event-reader.ts';

const FAILURES = new Set([
  'bounce',
  'out_of_band',
  'delay',
  'policy_rejection',
  'generation_rejection',
  'generation_failure',
]);
const OTHERS = new Set([
  'delivery',
  'injection',
  'spam_complaint',
  'open',
  'click',
  'initial_open',
]);

/** The event inside a webhook's msys wrapper, whatever its category. */
function inner(event: Json): Json {
  const msys = event.msys;
  if (!isObject(msys)) return event;
  const first = Object.values(msys).find(isObject);
  return first ?? event;
}

function recognise(event: Json): boolean {
  const data = inner(event);
  const type = text(data.type);
  return !!type && (FAILURES.has(type) || OTHERS.has(type)) && !!text(data.rcpt_to);
}

export const sparkpostEvents: EventReader = {
  id: 'sparkpost-event',
  name: 'SparkPost events',
  source: 'https://developers.sparkpost.com/api/events/',
  recognise,
  read(event) {
    const data = inner(event);
    const type = text(data.type) ?? '';
    const address = text(data.rcpt_to);
    if (FAILURES.has(type)) {
      // Class 25, "Admin Failure": SparkPost's own policy (its suppression list) refused it.
      const admin = text(data.bounce_class) === '25';
      return [
        feedRecipient({
          address,
          diagnostic: text(data.raw_reason) ?? text(data.reason) ?? type,
          ...(admin
            ? { hint: 'suppressed', hintText: 'SparkPost bounce class 25 (admin failure)' }
            : {}),
        }),
      ];
    }
    if (type === 'spam_complaint') {
      return [feedRecipient({ address, diagnostic: 'spam complaint', hint: 'feedback' })];
    }
    if (type === 'delivery') {
      return [
        feedRecipient({ address, diagnostic: 'delivered', action: 'delivered', hint: 'delivered' }),
      ];
    }
    return [];
  },
  sender(event) {
    const data = inner(event);
    const envelope = text(data.msg_from);
    return feedSender({
      fromAddress: text(data.friendly_from) ?? envelope,
      envelopeDomain: envelope?.split('@')[1],
      sendingIp: text(data.sending_ip),
    });
  },
};
