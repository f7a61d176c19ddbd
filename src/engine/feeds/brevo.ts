/**
 * Brevo (formerly Sendinblue) transactional and marketing webhooks: `event` (hard_bounce,
 * soft_bounce, blocked, invalid_email, deferred, error, spam, unsubscribed, delivered, …),
 * `email`, `reason`, `sending_ip`, with `message-id` and `ts_event`.
 * https://developers.brevo.com/docs/transactional-webhooks
 */
import { feedRecipient, feedSender } from './recipient.ts';
import { text, type EventReader, type Json } from './event-reader.ts';

/** Brevo's failure events and the status class each implies when the reason gives none. */
const FAILURES: Record<string, { status?: string; hint?: string }> = {
  hard_bounce: { status: '5.0.0' },
  hardBounce: { status: '5.0.0' },
  soft_bounce: { status: '4.0.0' },
  softBounce: { status: '4.0.0' },
  deferred: { status: '4.0.0' },
  invalid_email: { status: '5.1.3' },
  invalid: { status: '5.1.3' },
  blocked: { hint: 'suppressed' },
  error: {},
  spam: { hint: 'feedback' },
  complaint: { hint: 'feedback' },
};
const OTHERS = new Set(['request', 'delivered', 'opened', 'click', 'unsubscribed', 'proxy_open']);

function recognise(event: Json): boolean {
  const name = text(event.event);
  if (!name || !text(event.email)) return false;
  if (!(name in FAILURES) && !OTHERS.has(name)) return false;
  return 'message-id' in event || 'ts_event' in event || 'ts' in event || 'sending_ip' in event;
}

export const brevoEvents: EventReader = {
  id: 'brevo-event',
  name: 'Brevo (Sendinblue) webhook',
  source: 'https://developers.brevo.com/docs/transactional-webhooks',
  recognise,
  read(event) {
    const name = text(event.event) ?? '';
    const address = text(event.email);
    const facts = FAILURES[name];
    if (facts) {
      const diagnostic = text(event.reason) ?? name.replace(/_/g, ' ');
      return [
        feedRecipient({
          address,
          diagnostic,
          date: text(event.date),
          ...(facts.status && !/\b[245]\d\d\b/.test(diagnostic) ? { status: facts.status } : {}),
          // "blocked": Brevo did not send, the contact is blocklisted in the account.
          ...(facts.hint ? { hint: facts.hint, hintText: `Brevo: ${name}` } : {}),
        }),
      ];
    }
    if (name === 'delivered') {
      return [
        feedRecipient({ address, diagnostic: 'delivered', action: 'delivered', hint: 'delivered' }),
      ];
    }
    return [];
  },
  sender: (event) =>
    feedSender({
      fromAddress: text(event.sender_email) ?? text(event.from),
      sendingIp: text(event.sending_ip),
    }),
};
