/**
 * What the readers of sending services' exports, event feeds and mail-server logs make of one
 * record: the failed recipient as the parser would have read it from a bounce, the service's own
 * name for the format, and whatever the record says about the sender (for the DNS checks).
 */
import type { ParsedRecipient } from '../parse/types.ts';

export interface FeedSender {
  fromAddress?: string;
  envelopeDomain?: string;
  sendingIp?: string;
}

export interface FeedRecipient {
  recipient: ParsedRecipient;
  /** "sendgrid-event", "postfix-log", "mailchimp-cleaned-csv"... */
  format: string;
  sender?: FeedSender;
}

/** A JSON object, read loosely: every field may be missing or of another type. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function field(object: Json | undefined, ...path: string[]): unknown {
  let value: unknown = object;
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  return value;
}
