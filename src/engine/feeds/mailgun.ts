/**
 * Mailgun events, as its webhooks post them (`{"signature": …, "event-data": {…}}`) or as the
 * Events API lists them (`{"items": […]}`). A failure is `event: "failed"` with `severity`
 * permanent or temporary, `reason` (bounce, suppress-bounce, generic, …) and `delivery-status`
 * (code, message, description, mx-host). https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types
 */
import { feedRecipient, feedSender } from './recipient.ts';
import { field, isObject, text, type EventReader, type Json } from './event-reader.ts';

const MAILGUN_EVENTS = new Set([
  'accepted',
  'rejected',
  'delivered',
  'failed',
  'opened',
  'clicked',
  'unsubscribed',
  'complained',
  'stored',
]);

/** The event itself: a webhook wraps it in "event-data". */
function inner(event: Json): Json {
  const data = event['event-data'];
  return isObject(data) ? data : event;
}

function recognise(event: Json): boolean {
  const data = inner(event);
  const name = text(data.event);
  return !!name && MAILGUN_EVENTS.has(name) && !!text(data.recipient) && 'timestamp' in data;
}

function diagnosticOf(data: Json): string | undefined {
  const code = text(field(data, 'delivery-status', 'code'));
  const words =
    text(field(data, 'delivery-status', 'message')) ??
    text(field(data, 'delivery-status', 'description')) ??
    text(field(data, 'reject', 'description')) ??
    text(data.reason);
  if (!words) return code;
  return code && !/^\s*[245]\d\d\b/.test(words) ? `${code} ${words}` : words;
}

export const mailgunEvents: EventReader = {
  id: 'mailgun-event',
  name: 'Mailgun events',
  source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types',
  recognise,
  read(event) {
    const data = inner(event);
    const name = text(data.event);
    const address = text(data.recipient);
    const reason = text(data.reason) ?? '';
    if (name === 'failed' || name === 'rejected') {
      const diagnostic = diagnosticOf(data) ?? name;
      // Mailgun did not try: the address is on its bounce, unsubscribe or complaint list.
      if (reason.startsWith('suppress-')) {
        return [
          feedRecipient({
            address,
            diagnostic,
            hint: 'suppressed',
            hintText: `Mailgun: ${reason}`,
          }),
        ];
      }
      // Without a server reply, severity is all there is: X.0.0 of its class (RFC 3463 s3.1).
      const severity = text(data.severity);
      const status =
        severity === 'permanent' ? '5.0.0' : severity === 'temporary' ? '4.0.0' : undefined;
      return [
        feedRecipient({
          address,
          diagnostic,
          status: text(field(data, 'delivery-status', 'enhanced-code')),
          remoteMta: text(field(data, 'delivery-status', 'mx-host')),
          ...(status && !/\b[245]\d\d\b/.test(diagnostic) ? { status } : {}),
        }),
      ];
    }
    if (name === 'complained') {
      return [feedRecipient({ address, diagnostic: 'complaint', hint: 'feedback' })];
    }
    if (name === 'delivered') {
      return [
        feedRecipient({
          address,
          diagnostic: diagnosticOf(data) ?? 'delivered',
          action: 'delivered',
          hint: 'delivered',
        }),
      ];
    }
    return [];
  },
  sender(event) {
    const data = inner(event);
    const envelope = text(field(data, 'envelope', 'sender'));
    return feedSender({
      fromAddress: text(field(data, 'message', 'headers', 'from')) ?? envelope,
      envelopeDomain: envelope?.split('@')[1],
      sendingIp: text(field(data, 'envelope', 'sending-ip')),
    });
  },
};
