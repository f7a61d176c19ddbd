/**
 * The checklist as Markdown for a support ticket, readable as plain text too. Everything that
 * came from the bounce or the DNS is escaped where it would be markup (markdown-escape.ts), so
 * pasted text cannot turn into links, images or HTML in the ticket.
 */
import { escapeMarkdown } from './markdown-escape.ts';
import { headerLines, type MarkdownHeader } from './markdown-header.ts';
import { CUSTOMER_WORDS } from './notes/customer-note.ts';
import type { NoteLanguage } from './notes/types.ts';
import type { Checklist, ChecklistItem, ItemStatus } from './types.ts';

export const STATUS_LABEL: Record<ItemStatus, string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  unknown: 'UNKNOWN',
  pending: 'NOT CHECKED YET',
  todo: 'TO DO',
};

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  return `${bar}\n${text}\n${bar}`;
}

const link = (label: string, url: string) =>
  /^https?:\/\//.test(url)
    ? `[${escapeMarkdown(label, { inLinkText: true })}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(label);

/** A passed item is no task: it has no box to tick. The others have one, ticked when done. */
function itemLines(item: ChecklistItem, done: boolean): string[] {
  const box = item.status === 'pass' ? '' : `[${done ? 'x' : ' '}] `;
  const lines = [`- ${box}**${STATUS_LABEL[item.status]}** ${escapeMarkdown(item.title)}`];
  const indent = (text: string) => text.split('\n').map((line) => `  ${line}`);
  if (item.finding) lines.push(`  - Found: ${escapeMarkdown(item.finding)}`);
  lines.push(
    `  - ${item.kind === 'check' ? 'Why it matters' : 'What to do'}: ${escapeMarkdown(item.why)}`,
  );
  if (item.unknownReason && item.unknownReason !== item.finding)
    lines.push(`  - Could not tell: ${escapeMarkdown(item.unknownReason)}`);
  if (item.manualCheck) lines.push(`  - Check by hand: ${escapeMarkdown(item.manualCheck)}`);
  if (item.whereToFind) lines.push(`  - Where to find it: ${escapeMarkdown(item.whereToFind)}`);
  for (const fix of item.fixes) {
    lines.push(`  - Fix: ${escapeMarkdown(fix.text)}`);
    if (fix.record) {
      lines.push(...indent(fence(`${fix.record.name} ${fix.record.type} "${fix.record.value}"`)));
    }
    for (const l of fix.links ?? []) lines.push(`    - ${link(l.label, l.url)}`);
  }
  for (const l of item.links) lines.push(`  - ${link(l.label, l.url)}`);
  return lines;
}

function serviceLine(service: NonNullable<Checklist['service']>): string {
  const how = service.how ? ` (recognised from ${service.how})` : ' (chosen by hand)';
  const name = service.bounceName;
  const term = name
    ? `; ${service.name} calls this bounce ${name.field} “${name.name}”${name.fromBounce ? '' : ' (our reading)'}`
    : '';
  return `- Sending service: ${escapeMarkdown(`${service.name}${how}${term}`)}`;
}

export interface MarkdownOptions extends MarkdownHeader {
  /** The ids of the items ticked off as done. */
  done: readonly string[];
  /** The customer note goes in one language (the one chosen on screen); JSON carries all. */
  language: NoteLanguage;
}

/** To do first (the checklist's order), then what passed: evidence, not tasks. */
export function toMarkdown(checklist: Checklist, options: MarkdownOptions): string {
  const { done, language } = options;
  const lines = [
    `# Bounce Doctor checklist: ${escapeMarkdown(checklist.title)}`,
    '',
    ...headerLines(checklist, options),
    `- Diagnosis: ${escapeMarkdown(checklist.reasonTitle)}${checklist.corrected ? ' (corrected by hand)' : ''}`,
    `- Permanence: ${checklist.permanence}`,
  ];
  if (checklist.recipient) lines.push(`- Recipient: ${escapeMarkdown(checklist.recipient)}`);
  if (checklist.provider) {
    lines.push(
      `- Provider: ${escapeMarkdown([checklist.provider.name, checklist.provider.code].filter(Boolean).join(' '))}`,
    );
  }
  if (checklist.service) lines.push(serviceLine(checklist.service));
  if (checklist.forwarding)
    lines.push(`- Forwarded: ${escapeMarkdown(checklist.forwarding.summary)}`);
  const passed = checklist.items.filter((item) => item.status === 'pass');
  const rest = checklist.items.filter((item) => item.status !== 'pass');
  for (const [heading, items] of [
    ['To do', rest],
    ['Passed', passed],
  ] as const) {
    if (items.length === 0) continue;
    lines.push('', `## ${heading}`, '');
    for (const item of items) lines.push(...itemLines(item, done.includes(item.id)));
  }
  if (checklist.message) {
    const to =
      checklist.message.to === 'recipient' ? 'the recipient' : "the recipient's mail administrator";
    lines.push(
      '',
      `## Message to ${to}`,
      '',
      `Subject: ${escapeMarkdown(checklist.message.subject)}`,
      '',
      fence(checklist.message.body),
    );
  }
  const { admin, customer } = checklist.notes;
  lines.push(
    '',
    '## Note for the administrator',
    '',
    `Subject: ${escapeMarkdown(admin.subject)}`,
    '',
    fence(admin.body),
    '',
    `## Note for the customer (${CUSTOMER_WORDS[language].name})`,
    '',
    fence(customer[language]),
  );
  return `${lines.join('\n')}\n`;
}

export function toJson(checklist: Checklist, done: readonly string[] = []): string {
  const items = checklist.items.map((item) => ({ ...item, done: done.includes(item.id) }));
  return `${JSON.stringify({ format: 'bounce-doctor-checklist', version: 1, ...checklist, items }, null, 2)}\n`;
}
