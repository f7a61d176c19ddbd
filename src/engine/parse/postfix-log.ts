/**
 * Postfix delivery log lines as an administrator pastes them: one line per recipient, with the
 * final address (to=), the address before alias expansion (orig_to=, postconf
 * enable_original_recipient), the relay, the enhanced status (dsn=) and the outcome
 * (status=bounced|deferred|sent|expired, with the server's words in parentheses).
 * https://www.postfix.org/postconf.5.html#enable_original_recipient
 */
import { codesIn, collapseSpace } from './patterns.ts';
import { commandIn, remoteHostIn } from './smtp-context.ts';
import type { ParsedRecipient } from './types.ts';

const LOG_LINE =
  /\bpostfix(?:-[\w-]+)?\/[\w/-]+\[\d+\]: [0-9A-Za-z]+: to=<([^>\n]*)>,(?: orig_to=<([^>\n]*)>,)?(.*)$/;

/** Outcomes that are not (yet) a delivery. */
const FAILED = new Set(['bounced', 'deferred', 'expired', 'undeliverable']);

/** True when the text holds Postfix delivery log lines. */
export function looksLikePostfixLog(text: string): boolean {
  return /postfix(?:-[\w-]+)?\/[\w/-]+\[\d+\]: [0-9A-Za-z]+: to=</.test(text.slice(0, 20000));
}

export function readPostfixLog(text: string): ParsedRecipient[] {
  const recipients: ParsedRecipient[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes(' to=<')) continue;
    const match = LOG_LINE.exec(line);
    if (!match) continue;
    const rest = match[3]!;
    const outcome = / status=([a-z]+)/.exec(rest)?.[1];
    if (!outcome || !FAILED.has(outcome)) continue;
    const open = rest.indexOf('(', rest.indexOf(' status='));
    const diagnostic = collapseSpace(open >= 0 ? rest.slice(open + 1).replace(/\)\s*$/, '') : '');
    const dsn = / dsn=([245]\.\d{1,3}\.\d{1,3})/.exec(rest)?.[1];
    const relay = / relay=([^\s,[]+)/.exec(rest)?.[1];
    recipients.push({
      address: match[1]!,
      originalRecipient: match[2] && match[2] !== match[1] ? match[2] : undefined,
      action: outcome === 'deferred' ? 'delayed' : 'failed',
      status: dsn ?? codesIn(diagnostic).status,
      replyCode: codesIn(diagnostic).replyCode,
      diagnostic,
      command: commandIn(diagnostic),
      remoteMta: remoteHostIn(diagnostic) ?? (relay && relay !== 'none' ? relay : undefined),
    });
  }
  return recipients;
}
