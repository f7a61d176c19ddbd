/**
 * Postmark bounces: the bounce webhook (`"RecordType": "Bounce"`) and the Bounces API
 * (`{"TotalCount": …, "Bounces": […]}`) share one record: Type (HardBounce, SoftBounce,
 * Transient, SpamComplaint, ManuallyDeactivated, AutoResponder, …), Email, Details (usually the
 * server's reply), Description (Postmark's words), From, BouncedAt.
 * https://postmarkapp.com/developer/webhooks/bounce-webhook and
 * https://postmarkapp.com/developer/api/bounce-api#bounce-types
 */
import { feedRecipient, feedSender } from './recipient.ts';
import { text, type EventReader, type Json } from './event-reader.ts';

/** Postmark bounce types and what they tell when the server's reply says nothing more. */
const TYPES: Record<string, { status?: string; hint?: string }> = {
  HardBounce: { status: '5.0.0' },
  BadEmailAddress: { status: '5.1.3' },
  SoftBounce: { status: '4.0.0' },
  Transient: { status: '4.0.0' },
  DnsError: { status: '4.4.3' },
  Blocked: { status: '5.7.1' },
  SpamNotification: { status: '5.7.1' },
  VirusNotification: { status: '5.7.1' },
  SpamComplaint: { hint: 'feedback' },
  ManuallyDeactivated: { hint: 'suppressed' },
  AutoResponder: { hint: 'vacation' },
};

function recognise(record: Json): boolean {
  const kind = text(record.RecordType);
  if (kind && kind !== 'Bounce' && kind !== 'SpamComplaint') return false;
  return !!text(record.Email) && !!text(record.Type) && ('TypeCode' in record || !!kind);
}

export const postmarkBounces: EventReader = {
  id: 'postmark-bounce',
  name: 'Postmark bounces',
  source: 'https://postmarkapp.com/developer/webhooks/bounce-webhook',
  recognise,
  read(record) {
    const type = text(record.Type) ?? '';
    const facts = TYPES[type] ?? {};
    const details = text(record.Details);
    const description = text(record.Description);
    const diagnostic = details ?? description ?? type;
    return [
      feedRecipient({
        address: text(record.Email),
        diagnostic,
        date: text(record.BouncedAt),
        ...(facts.status && !/\b[245]\d\d\b/.test(diagnostic) ? { status: facts.status } : {}),
        ...(facts.hint ? { hint: facts.hint, hintText: `Postmark: ${type}` } : {}),
      }),
    ];
  },
  sender: (record) => feedSender({ fromAddress: text(record.From) }),
};
