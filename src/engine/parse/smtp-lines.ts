/**
 * One or more SMTP replies as a user pastes them from a log or a bounce: multi-line replies use
 * "550-" on every line but the last (RFC 5321 s4.2.1).
 */
import { codesIn, collapseSpace } from './patterns.ts';
import { recipientAddressIn } from './recipient-context.ts';
import { commandIn, remoteHostIn } from './smtp-context.ts';
import type { ParsedRecipient } from './types.ts';

/** Replies that only follow from an earlier refusal ("503 Need RCPT", "554 no valid recipients"). */
const CONSEQUENTIAL = /need (?:rcpt|mail)|rcpt first|no valid recipients|bad sequence of commands/i;

export function readSmtpLines(text: string): ParsedRecipient[] {
  const replies: string[] = [];
  let current: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const continued = /^\d{3}-/.test(line);
    current.push(line);
    if (!continued) {
      replies.push(joinReply(current));
      current = [];
    }
  }
  if (current.length) replies.push(joinReply(current));
  const meaningful = replies.filter((reply, i) => i === 0 || !CONSEQUENTIAL.test(reply));
  return meaningful.map((reply) => {
    const codes = codesIn(reply);
    return {
      address: recipientAddressIn(reply) ?? '',
      diagnostic: reply,
      replyCode: codes.replyCode,
      status: codes.status,
      command: commandIn(reply),
      remoteMta: remoteHostIn(reply),
    };
  });
}

/** "550-5.7.26 This mail..." + "550 5.7.26 ...": keep the code once, join the text. */
function joinReply(lines: string[]): string {
  if (lines.length === 1) return collapseSpace(lines[0]!);
  const first = lines[0]!;
  const rest = lines
    .slice(1)
    .map((line) => line.replace(/^\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?/, ''));
  return collapseSpace([first.replace(/^(\d{3})-/, '$1 '), ...rest].join(' '));
}
