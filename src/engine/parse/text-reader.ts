/**
 * Reads the prose of a non-delivery report (Postfix, Exim, Sendmail, qmail, Exchange, Notes,
 * Courier and the many that imitate them): which recipients failed and what the receiving
 * server said about each. Works line by line, so it copes with text pasted from a mail client.
 */
import { cleanAddress, collapseSpace, codesIn, ADDRESS } from './patterns.ts';
import { commandIn, remoteHostIn, transcriptCommand } from './smtp-context.ts';
import type { ParsedRecipient, SmtpCommand } from './types.ts';

/** A line that names a failed recipient: the address leads the line, perhaps after a label. */
const RECIPIENT_LINE = new RegExp(
  String.raw`^\s*(?:[*>-]+\s*)?` +
    String.raw`(?:(?:recipient address|original-recipient|final-recipient|addressed to|could not be delivered to|failed recipient|recipient|rcpt to|your message to|to)\s*:\s*)?` +
    String.raw`(?:rfc822;\s*)?[<"]?(${ADDRESS.source})[>"]?(.*)$`,
  'iu',
);

/** What may follow the address on a recipient line (anything else means prose, not a recipient). */
const RECIPIENT_TAIL =
  /^(?:\s*$|\s*:|\s+on\s|\s*<mailto:|\s*\(|\s*\.\.\.|\s*\[|\s+-\s|\s+<|\s*,\s*$|\s+(?:has|was|is|could|failed|because)\b)/i;

/** Labels that introduce header summaries of the original message, not failed recipients. */
const SUMMARY_LABEL =
  /^\s*(?:to|from|cc|subject|sent|date|mail from|original sender|reply-to)\s*:/i;

interface Block {
  address: string;
  lines: string[];
  command?: SmtpCommand;
  reply?: string;
}

function recipientOnLine(line: string): { address: string; rest: string } | undefined {
  if (SUMMARY_LABEL.test(line) && !/^\s*(?:rcpt )?to\s*:\s*<?\S+@\S+>?\s*$/i.test(line))
    return undefined;
  const match = RECIPIENT_LINE.exec(line);
  if (!match) return undefined;
  const rest = match[2] ?? '';
  if (!RECIPIENT_TAIL.test(rest)) return undefined;
  if (/^\s*to\s*:/i.test(line) && !/rcpt/i.test(line)) return undefined;
  return { address: cleanAddress(match[1]!), rest: rest.replace(/^\s*[:>"]*\s*/, '') };
}

/** Sendmail-style transcript: ">>> RCPT To:<a@b>" then "<<< 550 5.1.1 ...". */
function readTranscript(lines: string[]): Map<string, { command: SmtpCommand; reply: string }> {
  const replies = new Map<string, { command: SmtpCommand; reply: string }>();
  let command: SmtpCommand | undefined;
  let commandAddress: string | undefined;
  for (const line of lines) {
    const sent = transcriptCommand(line);
    if (sent) {
      command = sent;
      commandAddress = sent === 'RCPT' ? /<([^>]+)>/.exec(line)?.[1] : undefined;
      continue;
    }
    const reply = /^\s*<<<\s*(.*)$/.exec(line)?.[1];
    if (!reply || !command) continue;
    const key = (commandAddress ? cleanAddress(commandAddress) : '*').toLowerCase();
    const previous = replies.get(key);
    if (previous && previous.command === command) previous.reply += ' ' + reply;
    else if (!previous || /^[45]/.test(reply)) replies.set(key, { command, reply });
  }
  return replies;
}

const BLANK = /^\s*$/;

/** "A message sent by" / "From:" just before an address: that is the sender, not a recipient. */
const SENDER_CONTEXT = /(?:sent by|message from|sender|from)\s*:?\s*$/i;

/** Sendmail's per-recipient result: "550 5.1.1 <a@b>... User unknown". */
const SENDMAIL_RESULT = new RegExp(
  String.raw`^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<?(${ADDRESS.source})>?\.\.\.\s*(.*)$`,
  'u',
);

function readBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let blankRun = 0;
  let previous = '';
  for (const line of lines) {
    const before = previous;
    if (line.trim()) previous = line;
    const result = SENDMAIL_RESULT.exec(line);
    if (result) {
      const address = cleanAddress(result[1]!);
      const existing = blocks.find((b) => b.address.toLowerCase() === address.toLowerCase());
      if (existing) existing.lines.push(line.trim());
      else blocks.push({ address, lines: [line.trim()] });
      current = undefined;
      continue;
    }
    const found = SENDER_CONTEXT.test(before) ? undefined : recipientOnLine(line);
    if (found && !/^\s*<<</.test(line)) {
      const existing = blocks.find((b) => b.address.toLowerCase() === found.address.toLowerCase());
      current = existing ?? { address: found.address, lines: [] };
      if (!existing) blocks.push(current);
      if (found.rest) current.lines.push(found.rest);
      blankRun = 0;
      continue;
    }
    if (!current) continue;
    if (BLANK.test(line)) {
      blankRun++;
      // A blank line right after the address may separate it from its explanation.
      if (current.lines.length > 0 || blankRun > 1) current = undefined;
      continue;
    }
    blankRun = 0;
    if (/^\s*-{3,}/.test(line) || /^\s*={5,}/.test(line)) {
      current = undefined;
      continue;
    }
    current.lines.push(line.trim());
  }
  return blocks;
}

/** Undo one level of "> " quoting when most of the text is quoted (a forwarded bounce). */
function unquote(lines: string[]): string[] {
  const filled = lines.filter((line) => line.trim());
  const quoted = filled.filter((line) => /^> ?(?!>)/.test(line) || line === '>');
  return quoted.length > filled.length / 2
    ? lines.map((line) => line.replace(/^> ?(?!>)|^>$/, ''))
    : lines;
}

/** Read the recipients and their diagnostics from the notice text of a bounce. */
export function readNoticeText(notice: string): ParsedRecipient[] {
  const lines = unquote(notice.split('\n'));
  const transcript = readTranscript(lines);
  const blocks = readBlocks(lines);
  const generalHost = remoteHostIn(notice);
  return blocks.map((block) => {
    const session = transcript.get('*');
    const fromTranscript = transcript.get(block.address.toLowerCase()) ?? session;
    let diagnostic = collapseSpace(block.lines.join(' '));
    if (fromTranscript && (!/\d{3}/.test(diagnostic) || /^\(?reason:/i.test(diagnostic))) {
      diagnostic = collapseSpace(`${diagnostic} ${fromTranscript.reply}`);
    } else if (session && session.command !== 'DATA' && !diagnostic.includes(session.reply)) {
      // A refusal before any recipient (at MAIL FROM or the greeting) explains every recipient.
      diagnostic = collapseSpace(`${session.reply} ${diagnostic}`);
    }
    const codes = codesIn(diagnostic);
    return {
      address: block.address,
      diagnostic,
      replyCode: codes.replyCode,
      status: codes.status,
      command: commandIn(diagnostic) ?? fromTranscript?.command,
      remoteMta: remoteHostIn(block.lines.join('\n')) ?? generalHost,
    };
  });
}
