/**
 * A text the wizard can read for a row that came from a CSV or a log line: the row written as
 * an RFC 3464 delivery-status block (Final-Recipient, Action, Status, Remote-MTA,
 * Diagnostic-Code), which the parser reads like a pasted report.
 */
import type { TriageRow } from './types.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function wizardText(row: TriageRow): string {
  const lines = [`Final-Recipient: rfc822; ${row.recipient}`];
  // "delayed", or "failed" with a 4.x.x status, would read as a delivery that gave up: a
  // temporary row says only what the server said.
  if (row.permanent !== false) lines.push('Action: failed');
  if (row.status) lines.push(`Status: ${row.status}`);
  if (row.remoteMta) lines.push(`Remote-MTA: dns; ${row.remoteMta}`);
  lines.push(`Diagnostic-Code: smtp; ${oneLine(row.diagnostic)}`);
  return lines.join('\n') + '\n';
}
