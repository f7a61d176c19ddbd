/**
 * Amazon SES notifications: the event itself (`notificationType` or `eventType`), or the SNS
 * message that carries it as a string (`{"Type": "Notification", "Message": "{…}"}`). The
 * event is read by the parser's own SES reader; this adds the SNS envelope and the sender
 * (`mail.source`, `mail.sourceIp`). https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html
 */
import { readSesNotification } from '../parse/ses-notification.ts';
import { feedSender } from './recipient.ts';
import { field, isObject, text, type EventReader, type Json } from './event-reader.ts';

/** The SES event, unwrapped from its SNS envelope when it has one. */
function inner(event: Json): Json | undefined {
  if (text(event.Type) === 'Notification' && typeof event.Message === 'string') {
    try {
      const message: unknown = JSON.parse(event.Message);
      return isObject(message) ? message : undefined;
    } catch {
      return undefined;
    }
  }
  return event;
}

function recognise(event: Json): boolean {
  const data = inner(event);
  return !!data && (!!text(data.notificationType) || !!text(data.eventType)) && isObject(data.mail);
}

export const sesNotifications: EventReader = {
  id: 'amazonses-json',
  name: 'Amazon SES notifications',
  source: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  recognise,
  read(event) {
    const data = inner(event);
    return data ? (readSesNotification(JSON.stringify(data))?.recipients ?? []) : [];
  },
  sender(event) {
    const data = inner(event);
    const source = text(field(data, 'mail', 'source'));
    const from = field(data, 'mail', 'commonHeaders', 'from');
    return feedSender({
      fromAddress: (Array.isArray(from) ? text(from[0]) : undefined) ?? source,
      envelopeDomain: source?.split('@')[1],
      sendingIp: text(field(data, 'mail', 'sourceIp')),
    });
  },
};
