/** The shape every reader of one service's JSON events has: data, plus two small functions. */
import type { ParsedRecipient } from '../parse/types.ts';
import type { FeedSender, Json } from './types.ts';

export interface EventReader {
  /** The format name the records carry ("sendgrid-event"). */
  id: string;
  name: string;
  /** The service's page that documents the fields read. */
  source: string;
  /** True when the object is one of this service's events (failure or not). */
  recognise(event: Json): boolean;
  /** The recipients the event reports on; none for events that are not about delivery. */
  read(event: Json): ParsedRecipient[];
  /** What the event says about who sent the message. */
  sender?(event: Json): FeedSender | undefined;
}

export { field, isObject, text, type Json } from './types.ts';
