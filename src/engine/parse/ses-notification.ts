/**
 * Amazon SES event notifications (JSON, usually delivered through SNS by email): Bounce,
 * Complaint and Delivery. https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html
 */
import { codesIn, collapseSpace } from './patterns.ts';
import { typedValue } from './delivery-status.ts';
import type { ParsedBounce, ParsedRecipient } from './types.ts';

interface SesRecipient {
  emailAddress?: string;
  action?: string;
  status?: string;
  diagnosticCode?: string;
}

interface SesEvent {
  notificationType?: string;
  eventType?: string;
  bounce?: {
    bounceType?: string;
    bounceSubType?: string;
    bouncedRecipients?: SesRecipient[];
    reportingMTA?: string;
    timestamp?: string;
  };
  complaint?: { complainedRecipients?: SesRecipient[]; complaintFeedbackType?: string };
  delivery?: {
    recipients?: string[];
    smtpResponse?: string;
    reportingMTA?: string;
    timestamp?: string;
  };
}

function findJson(text: string): SesEvent | undefined {
  const start = text.indexOf('{"');
  if (start < 0 || !/"(?:notificationType|eventType)"/.test(text)) return undefined;
  const end = text.lastIndexOf('}');
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    return value && typeof value === 'object' ? (value as SesEvent) : undefined;
  } catch {
    return undefined;
  }
}

export function readSesNotification(
  text: string,
): Pick<ParsedBounce, 'isBounce' | 'format' | 'recipients'> | undefined {
  const event = findJson(text);
  const type = (event?.notificationType ?? event?.eventType ?? '').toLowerCase();
  if (!event || !type) return undefined;
  let recipients: ParsedRecipient[] = [];
  if (type === 'bounce' && event.bounce) {
    const subtype = [event.bounce.bounceType, event.bounce.bounceSubType].filter(Boolean).join('/');
    recipients = (event.bounce.bouncedRecipients ?? []).map((r) => {
      const diagnostic = collapseSpace(typedValue(r.diagnosticCode) ?? r.diagnosticCode ?? subtype);
      return {
        address: r.emailAddress ?? '',
        action: r.action,
        status: r.status,
        replyCode: codesIn(diagnostic).replyCode,
        diagnostic,
        reportingMta: typedValue(event.bounce?.reportingMTA),
        date: event.bounce?.timestamp,
        hint: /suppress/i.test(subtype) ? 'suppressed' : undefined,
        hintText: subtype,
      };
    });
  } else if (type === 'complaint' && event.complaint) {
    recipients = (event.complaint.complainedRecipients ?? []).map((r) => ({
      address: r.emailAddress ?? '',
      diagnostic: event.complaint?.complaintFeedbackType ?? 'complaint',
      hint: 'feedback',
    }));
  } else if (type === 'delivery' && event.delivery) {
    const diagnostic = collapseSpace(event.delivery.smtpResponse ?? '');
    const codes = codesIn(diagnostic);
    recipients = (event.delivery.recipients ?? []).map((address) => ({
      address,
      action: 'delivered',
      diagnostic,
      ...codes,
      reportingMta: event.delivery?.reportingMTA,
      hint: 'delivered',
    }));
  }
  if (recipients.length === 0) return undefined;
  return { isBounce: true, format: 'amazonses-json', recipients };
}
