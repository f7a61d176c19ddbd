/**
 * One pasted event (or a short array of them) from a sending service's webhook or API: the
 * parser's hook for text that is JSON. Whole feeds go through the batch reader instead.
 */
import type { ParsedBounce } from '../parse/types.ts';
import { eventsIn, readEvent } from './events.ts';

/** More than this and the text is a feed, not a pasted event; the batch page reads those. */
const MAX_PASTED_EVENTS = 200;

export function readPastedEvent(
  text: string,
): Pick<ParsedBounce, 'isBounce' | 'format' | 'recipients'> | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const events = eventsIn(value).slice(0, MAX_PASTED_EVENTS);
  const read = events.map(readEvent);
  if (!read.some((recipients) => recipients !== undefined)) return undefined;
  const all = read.flatMap((recipients) => recipients ?? []);
  const format = all[0]?.format ?? 'json-event';
  return {
    isBounce: all.length > 0,
    format,
    recipients: all.map((item) => item.recipient),
  };
}
