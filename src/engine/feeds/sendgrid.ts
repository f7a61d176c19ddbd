/**
 * SendGrid's Event Webhook: a JSON array of event objects, each with `email`, `event` and
 * `sg_event_id`/`sg_message_id`. Failures are `bounce` (reason, status, type "bounce" or
 * "blocked"), `dropped` (SendGrid did not send: the address is on one of its suppression lists)
 * and `deferred` (response, attempt). https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
 */
import { feedRecipient } from './recipient.ts';
import { text, type EventReader, type Json } from './event-reader.ts';

const SENDGRID_EVENTS = new Set([
  'processed',
  'dropped',
  'delivered',
  'deferred',
  'bounce',
  'open',
  'click',
  'spamreport',
  'unsubscribe',
  'group_unsubscribe',
  'group_resubscribe',
]);

function recognise(event: Json): boolean {
  const name = text(event.event);
  if (!name || !SENDGRID_EVENTS.has(name) || !text(event.email)) return false;
  return 'sg_event_id' in event || 'sg_message_id' in event || 'smtp-id' in event;
}

export const sendgridEvents: EventReader = {
  id: 'sendgrid-event',
  name: 'SendGrid event webhook',
  source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  recognise,
  read(event) {
    const name = text(event.event);
    const address = text(event.email);
    if (name === 'bounce') {
      // "type": "blocked" is SendGrid's word for a refusal that is not about the address.
      return [
        feedRecipient({
          address,
          diagnostic: text(event.reason) ?? text(event.bounce_classification),
          status: text(event.status),
        }),
      ];
    }
    if (name === 'deferred') {
      return [feedRecipient({ address, diagnostic: text(event.response) ?? text(event.reason) })];
    }
    if (name === 'dropped') {
      const reason = text(event.reason) ?? 'dropped';
      return [
        feedRecipient({
          address,
          diagnostic: `Dropped by SendGrid: ${reason}`,
          hint: 'suppressed',
          hintText: `SendGrid dropped the message: ${reason}`,
        }),
      ];
    }
    if (name === 'spamreport') {
      return [feedRecipient({ address, diagnostic: 'spam report', hint: 'feedback' })];
    }
    if (name === 'delivered') {
      return [
        feedRecipient({
          address,
          diagnostic: text(event.response) ?? 'delivered',
          action: 'delivered',
          hint: 'delivered',
        }),
      ];
    }
    return [];
  },
};
