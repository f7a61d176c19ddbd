/**
 * What a bounce's prose says about the SMTP session: the command that was refused and the host
 * that refused it. Each row: the pattern and the real text it matches.
 */
import { anyOf, firstMatching } from './any-of.ts';
import type { SmtpCommand } from './types.ts';

const COMMAND_PATTERNS: [RegExp, SmtpCommand][] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
  [/in reply to (?:the )?rcpt to\b/i, 'RCPT'],
  [/in reply to (?:the )?mail from\b/i, 'MAIL'],
  [/in reply to (?:end of )?data\b/i, 'DATA'],
  [/in reply to (?:helo|ehlo)\b/i, 'EHLO'],
  [/in reply to starttls\b/i, 'STARTTLS'],
  // Exim: "SMTP error from remote mail server after RCPT TO:<a@b>:", "after end of data"
  [/\bafter (?:pipelined )?rcpt to\b/i, 'RCPT'],
  [/\bafter (?:pipelined )?mail from\b/i, 'MAIL'],
  [/\bafter (?:end of data|data|pipelined data)\b/i, 'DATA'],
  [/\bafter (?:initial connection|connection|helo|ehlo)\b/i, 'CONN'],
  [/\bafter (?:rcpt|mail) command\b/i, 'RCPT'],
  // qmail: "most progress was RCPT TO response", "does not like recipient"
  [/most progress was rcpt to response|does not like recipient/i, 'RCPT'],
  [/does not like sender|sender was rejected/i, 'MAIL'],
  [/failed after i sent the message|failed on data command/i, 'DATA'],
  // DragonFly: "did not like our RCPT TO:", "did not like our final DATA:"
  [/did not like our rcpt/i, 'RCPT'],
  [/did not like our (?:final )?data/i, 'DATA'],
  [/did not like our mail/i, 'MAIL'],
  // hMailServer quotes the last thing it sent before the reply: "hMailServer sent: RCPT
  // TO:<a@b>", and "." for the end of the data (SMTPClientConnection.cpp, whose DATA sends
  // "\r\n." and trims the line ends):
  // https://github.com/hmailserver/hmailserver/blob/5ab27443aee313e5f8f4f5faf358e6c66e1d17ca/hmailserver/source/Server/SMTP/SMTPClientConnection.cpp
  [/\bsent: rcpt to\b/i, 'RCPT'],
  [/\bsent: mail from\b/i, 'MAIL'],
  [/\bsent: (?:data|\.)\s+remote server replied\b/i, 'DATA'],
  // Yahoo / others: "[RCPT_TO]", "Error following RCPT command"
  [/\[rcpt_to\]|following rcpt command|\bsmtp:rcpt\b/i, 'RCPT'],
  [/\[mail_from\]|following mail command/i, 'MAIL'],
  [/\[end_of_data\]|following data command/i, 'DATA'],
];

const ANY_COMMAND = anyOf(COMMAND_PATTERNS.map(([pattern]) => pattern));

export function commandIn(text: string): SmtpCommand | undefined {
  return firstMatching(text, ANY_COMMAND, COMMAND_PATTERNS, ([pattern]) => pattern)?.row[1];
}

/** Sendmail/Courier transcripts: ">>> RCPT To:<a@b>" is the command being answered. */
export function transcriptCommand(line: string): SmtpCommand | undefined {
  const match = /^\s*>>>\s*([a-z]+)/i.exec(line);
  if (!match) return undefined;
  const verb = match[1]!.toUpperCase();
  if (verb === 'RCPT' || verb === 'MAIL' || verb === 'DATA' || verb === 'EHLO' || verb === 'HELO') {
    return verb === 'HELO' ? 'EHLO' : verb;
  }
  if (verb === 'STARTTLS' || verb === 'BDAT' || verb === 'QUIT') return verb;
  return undefined;
}

/** Each pattern with a word it cannot match without, tested first (the patterns scan long texts). */
const HOST_PATTERNS: [clue: string, pattern: RegExp][] = [
  // Postfix: "host mx.example.org[192.0.2.4] said:"
  ['host', /\bhost\s+([a-z0-9][a-z0-9.-]*\.[a-z0-9-]+)\[[0-9a-f.:]+\]/i],
  // Exim: "host mx.example.jp [192.0.2.153]:"
  ['host', /\bhost\s+([a-z0-9][a-z0-9.-]*\.[a-z0-9-]+)\s+\[[0-9a-f.:]+\]/i],
  // Sendmail: "... while talking to mx.example.co.jp.:"
  ['talking to', /while talking to ([a-z0-9][a-z0-9.-]*[a-z0-9])\.?:/i],
  // DragonFly: "outlook-com.olc.protection.outlook.com [52.101.42.17] did not like"
  ['did not like', /^([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\s+\[[0-9a-f.:]+\]\s+did not like/im],
  // qmail: "remote host 192.0.2.32 said:", "192.0.2.153 does not like recipient."
  ['remote host', /remote host ([0-9a-f.:]+) said/i],
  ['does not like', /^([0-9.]+) does not like/im],
  ['server', /\bServer ([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\[[0-9a-f.:]+\] failed/i],
];

/** Every host pattern names a host, a server, or what it did not like. */
const MAYBE_HOST = /host|talking to|not like|server/i;

export function remoteHostIn(text: string): string | undefined {
  if (!MAYBE_HOST.test(text)) return undefined;
  const lower = text.toLowerCase();
  for (const [clue, pattern] of HOST_PATTERNS) {
    if (!lower.includes(clue)) continue;
    const match = pattern.exec(text);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return undefined;
}
