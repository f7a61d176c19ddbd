/**
 * The JSON event readers, in order: the first that recognises an object reads it. Order matters
 * where services share field names (SendGrid and Brevo both send `event` and `email`): each
 * reader also asks for a field only its service sends.
 */
import { brevoEvents } from './brevo.ts';
import type { EventReader } from './event-reader.ts';
import { mailgunEvents } from './mailgun.ts';
import { postmarkBounces } from './postmark.ts';
import { sendgridEvents } from './sendgrid.ts';
import { sesNotifications } from './ses.ts';
import { sparkpostEvents } from './sparkpost.ts';
import { isObject, type FeedRecipient, type Json } from './types.ts';

export const EVENT_READERS: readonly EventReader[] = [
  sesNotifications,
  sendgridEvents,
  mailgunEvents,
  sparkpostEvents,
  postmarkBounces,
  brevoEvents,
];

export function readerFor(event: Json): EventReader | undefined {
  return EVENT_READERS.find((reader) => reader.recognise(event));
}

/** The events a parsed JSON document holds: an array, a list wrapper, or one event. */
export function eventsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return [];
  // Mailgun's Events API, Postmark's Bounces API and SparkPost's Events API wrap their lists.
  for (const key of ['items', 'Bounces', 'results']) {
    const list = value[key];
    if (Array.isArray(list)) return list;
  }
  return [value];
}

/**
 * The recipients of one event, or undefined when no reader knows it. An event that is known
 * but reports no delivery (an open, a click) gives an empty list.
 */
export function readEvent(event: unknown): FeedRecipient[] | undefined {
  if (!isObject(event)) return undefined;
  const reader = readerFor(event);
  if (!reader) return undefined;
  const sender = reader.sender?.(event);
  return reader
    .read(event)
    .map((recipient) => ({ recipient, format: reader.id, ...(sender ? { sender } : {}) }));
}
