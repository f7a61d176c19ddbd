/** Small helpers for the plain sentences of report summaries. */
import { inSentence } from '../../report/words.ts';

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** "2025-03-03" for an ISO date-time, or the text as given when it is not one. */
export function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** "from 2025-03-03 to 2025-03-04", or one day when both fall on it. */
export function periodText(period: { begin: string; end: string } | undefined): string {
  if (!period) return '';
  const [begin, end] = [day(period.begin), day(period.end)];
  return begin === end ? ` for ${begin}` : ` for ${begin} to ${end}`;
}

/** The first few entries as "a (3), b (2) and 4 more". */
export function listed(items: { name: string; count: number }[], shown = 3): string {
  const head = items.slice(0, shown).map((item) => `${item.name} (${item.count})`);
  const rest = items.length - head.length;
  return rest > 0 ? `${head.join(', ')} and ${rest} more` : inSentence(head);
}

/** Add `count` to `name`'s tally, keeping first-seen order; sort by count afterwards. */
export function tally(into: Map<string, number>, name: string, count: number): void {
  into.set(name, (into.get(name) ?? 0) + count);
}

export function byCount(tallied: Map<string, number>): { name: string; count: number }[] {
  return [...tallied.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count);
}
