/**
 * The head of the Markdown export: when the checks ran, which resolver they asked and the
 * bounce's first line, so that a ticket read later says what the checklist was made from. The
 * caller passes the time, the time zone and the resolver in: the engine reads no clock.
 */
import { escapeMarkdown } from './markdown-escape.ts';
import type { Checklist } from './types.ts';

export interface MarkdownHeader {
  /** When the last check result came in; absent while none has (or none was needed). */
  checkedAt?: Date;
  /** The IANA time zone the time is written in ("Europe/Berlin"). */
  timeZone: string;
  /** The DNS-over-HTTPS resolver the checks asked; null when live lookups were off. */
  resolver: { label: string; url: string } | null;
  /** The bounce as given: its first non-empty line goes in the header. */
  bounce: string;
  /** The checks wait for the person to run them (a share link's): none is running. */
  held?: boolean;
}

const FIRST_LINE_MAX = 160;

const ISO_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

/** ISO 8601 with the zone's offset: "2026-12-07T13:06:10+01:00 (Europe/Berlin)". */
export function isoInZone(date: Date, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { ...ISO_PARTS, timeZone }).formatToParts(date);
  } catch {
    // A zone this runtime does not know: UTC, said as such.
    return `${date.toISOString().replace(/\.\d{3}Z$/, '+00:00')} (UTC)`;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // "GMT+01:00"; the zero offset is written "GMT" by some runtimes and "GMT+00:00" by others.
  const offset = part('timeZoneName').replace(/^GMT/, '') || '+00:00';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return `${day}T${part('hour')}:${part('minute')}:${part('second')}${offset} (${timeZone})`;
}

/** The first non-empty line, shortened, as an inline code span: shown exactly as written. */
export function firstLine(bounce: string): string {
  const line = bounce.split(/\r\n?|\n/).find((l) => l.trim() !== '');
  if (line === undefined) return '(empty)';
  const trimmed = line.trim();
  const short =
    trimmed.length > FIRST_LINE_MAX ? `${trimmed.slice(0, FIRST_LINE_MAX - 1)}…` : trimmed;
  // A code span's fence is longer than any backtick run inside it; a space pads a text that
  // starts or ends with a backtick (CommonMark §6.1).
  const longest = Math.max(0, ...[...short.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(short) ? ' ' : '';
  return `${bar}${pad}${short}${pad}${bar}`;
}

function checkedLine(checklist: Checklist, header: MarkdownHeader): string {
  const checks = checklist.items.filter((item) => item.kind === 'check');
  const running = checks.filter((item) => item.status === 'pending').length;
  const still = !running
    ? ''
    : header.held
      ? ` (${running} waiting to be run)`
      : ` (${running} still running)`;
  if (header.checkedAt) return `Checked: ${isoInZone(header.checkedAt, header.timeZone)}${still}`;
  if (checks.length === 0) return 'Checked: no DNS check was needed for this bounce';
  return `Checked: not yet${still}`;
}

export function headerLines(checklist: Checklist, header: MarkdownHeader): string[] {
  const resolver = header.resolver
    ? `Resolver: ${escapeMarkdown(header.resolver.label)}, ${escapeMarkdown(header.resolver.url)}`
    : 'Resolver: none: live lookups were off';
  return [
    `- ${checkedLine(checklist, header)}`,
    `- ${resolver}`,
    `- Bounce: ${firstLine(header.bounce)}`,
  ];
}
