/**
 * What a triage exports: a suppression list (the CSV columns sending services import: the
 * address first, then why), a Markdown summary for a ticket, a JSON document, and the summary
 * a share link carries (counts and groups; addresses only when the person asks).
 */
import Papa from 'papaparse';
import { redactDeep } from '../report/redact.ts';
import { escapeMarkdown } from '../report/markdown-escape.ts';
import { refusingProvider } from '../classify/refusing-provider.ts';
import { reasonWords } from '../rules/reason-info.ts';
import { serviceById } from '../senders/registry.ts';
import { ACTION_LABELS } from './actions.ts';
import type { TriageGroup, TriageSummary } from './triage.ts';
import type { TriageAction, TriageRow } from './types.ts';

/**
 * The last two name the sending service the row came through and its own name for the bounce
 * (SES bounceType/bounceSubType, SendGrid's classification…), to match its dashboard.
 */
export const SUPPRESSION_COLUMNS = [
  'email',
  'reason',
  'status',
  'provider',
  'action',
  'detail',
  'service',
  'service_bounce_name',
];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading quote
 * (OWASP, "CSV Injection"): a bounce's text is written by strangers.
 */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface SuppressionOptions {
  /** Which actions go on the list; by default only "suppress". */
  actions?: readonly TriageAction[];
}

/** One line per address (the first row wins), in the order read. */
export function suppressionCsv(
  rows: Iterable<TriageRow>,
  options: SuppressionOptions = {},
): string {
  const actions = new Set(options.actions ?? ['suppress']);
  const seen = new Set<string>();
  const data: string[][] = [];
  for (const row of rows) {
    if (!actions.has(row.action) || !row.recipient) continue;
    const key = row.recipient.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    data.push(
      [
        row.recipient,
        row.reason,
        row.status ?? '',
        // Where the address is: a provider that only reported the failure is not that.
        refusingProvider(row)?.name ?? '',
        row.action,
        reasonWords(row.reason, row.stillTrying === true).title,
        (row.service && serviceById(row.service)?.name) ?? '',
        row.serviceBounceName ?? '',
      ].map(safeCell),
    );
  }
  return Papa.unparse({ fields: SUPPRESSION_COLUMNS, data }, { newline: '\r\n' }) + '\r\n';
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "301 at Microsoft 365, 88 at Gmail, 23 at others" */
export function providerLine(group: Pick<TriageGroup, 'providers'>, limit = 3): string {
  const shown = group.providers
    .slice(0, limit)
    .map((p) => `${p.count.toLocaleString('en')} at ${p.name}`);
  const rest = group.providers.slice(limit).reduce((sum, p) => sum + p.count, 0);
  if (rest > 0) shown.push(`${rest.toLocaleString('en')} elsewhere`);
  return shown.join(', ');
}

export interface TriageReport {
  summary: TriageSummary;
  groups: TriageGroup[];
  /** File names and the problems met, for the reader of the report. */
  files?: string[];
  problems?: { file: string; message: string }[];
}

export function markdownSummary(report: TriageReport): string {
  const { summary, groups } = report;
  const lines = [
    '# Bounce triage',
    '',
    `- ${plural(summary.failed, 'failed recipient')}: ${summary.permanent.toLocaleString('en')} permanent, ${summary.temporary.toLocaleString('en')} temporary`,
    `- Our side has to act for ${summary.senderSide.toLocaleString('en')}, the recipient's side for ${summary.recipientSide.toLocaleString('en')}`,
    `- To suppress: ${summary.byAction.suppress.toLocaleString('en')}; to fix on our side: ${summary.byAction['fix-sender'].toLocaleString('en')}; to ask the recipient: ${summary.byAction['ask-recipient'].toLocaleString('en')}; to retry: ${summary.byAction.retry.toLocaleString('en')}`,
  ];
  if (summary.byAction.investigate > 0) {
    lines.push(
      `- Not clear from the bounces, to look at closer: ${summary.byAction.investigate.toLocaleString('en')}`,
    );
  }
  if (summary.otherReports > 0) {
    lines.push(
      `- ${plural(summary.otherReports, 'report')} that are not failures (deliveries, auto-replies, complaints)`,
    );
  }
  if (report.files?.length) lines.push(`- Read from ${plural(report.files.length, 'file')}`);
  lines.push('', '## Causes', '');
  for (const group of groups) {
    lines.push(
      `### ${group.count.toLocaleString('en')} × ${escapeMarkdown(group.title)}`,
      '',
      `- Action: **${ACTION_LABELS[group.action]}**. ${escapeMarkdown(group.todo)}`,
      `- Where: ${escapeMarkdown(providerLine(group))}`,
      `- Example: \`${group.example.replace(/`/g, "'").slice(0, 300)}\``,
      '',
    );
  }
  if (report.problems?.length) {
    lines.push('## Not read', '');
    for (const problem of report.problems) lines.push(`- ${escapeMarkdown(problem.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function triageJson(report: TriageReport, rows?: readonly TriageRow[]): string {
  return JSON.stringify({ ...report, ...(rows ? { recipients: rows } : {}) }, null, 2);
}

/** What a share link carries: the groups without their senders, addresses redacted. */
export interface SharedTriage {
  version: 1;
  summary: TriageSummary;
  groups: Omit<TriageGroup, 'senders'>[];
  /** Only when the person asked: the addresses of each group, by cause key. */
  addresses?: Record<string, string[]>;
}

export function shareTriage(
  report: TriageReport,
  rows: readonly TriageRow[] | undefined,
  withAddresses: boolean,
): SharedTriage {
  const groups = report.groups.map(({ senders: _senders, ...group }) => group);
  if (!withAddresses || !rows) {
    return { version: 1, summary: report.summary, groups: redactDeep(groups) };
  }
  const addresses: Record<string, string[]> = {};
  for (const row of rows) if (row.recipient) (addresses[row.cause] ??= []).push(row.recipient);
  return { version: 1, summary: report.summary, groups, addresses };
}
