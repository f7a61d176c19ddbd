/**
 * Mail-server log lines that record a failed or deferred delivery, one recipient per line:
 *
 * Postfix (the delivery agents' "status=" lines, http://www.postfix.org/postconf.5.html and
 * the smtp(8) log format; the queue manager's "from=<…>" line names the sender):
 *   Mar  3 10:00:01 mx postfix/smtp[123]: 4AB12C: to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25,
 *   delay=1.2, delays=…, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 …
 *   (in reply to RCPT TO command))
 *
 * Exim main log (https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html,
 * "** " a failed address, "== " a deferred one, "<= " the arrival with its sender):
 *   2024-03-03 10:00:01 1rAbCd-000123-AB ** a@example.com R=dnslookup T=remote_smtp H=mx.example.com
 *   [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 5.1.1 …
 */
import { commandIn } from '../parse/smtp-context.ts';
import { feedRecipient, feedSender } from './recipient.ts';
import type { FeedRecipient } from './types.ts';

const POSTFIX_STATUS =
  /postfix[\w/.-]*\/[\w-]+\[\d+\]: ([0-9A-Za-z]+): to=<([^>]*)>,(?: orig_to=<[^>]*>,)?(?: relay=([^,\s]*),)?.*? dsn=(\d\.\d{1,3}\.\d{1,3}), status=(bounced|deferred|undeliverable)\s*\((.*)\)\s*$/;
const POSTFIX_FROM = /postfix[\w/.-]*\/qmgr\[\d+\]: ([0-9A-Za-z]+): from=<([^>]*)>/;

// An Exim message id: 6-6-2 characters (before 4.97) or 6-11-4 (4.97 and later).
const EXIM_ID = String.raw`[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}`;
const EXIM_FAILURE = new RegExp(String.raw`\b(${EXIM_ID}) (\*\*|==) (\S+)(.*)$`);
const EXIM_ARRIVAL = new RegExp(String.raw`\b(${EXIM_ID}) <= (\S+)`);
/** Exim's own words when it stops retrying (its retry rules, spec chapter 32). */
const EXIM_GAVE_UP =
  /retry time(?:out)? (?:not reached for any host|exceeded)|retry timeout exceeded/i;

/** The remote host a Postfix relay field names: "mx.example.com[192.0.2.1]:25". */
const relayHost = (relay: string | undefined) => {
  const host = relay?.replace(/\[.*$/, '');
  return host && host !== 'none' ? host : undefined;
};

export type LogFamily = 'postfix' | 'exim';

export function logFamilyOf(lines: string[]): LogFamily | undefined {
  if (lines.some((line) => POSTFIX_STATUS.test(line) || POSTFIX_FROM.test(line))) return 'postfix';
  if (lines.some((line) => EXIM_FAILURE.test(line) || EXIM_ARRIVAL.test(line))) return 'exim';
  return undefined;
}

/** Senders are remembered by queue id; a long log keeps only the most recent ones. */
const MAX_REMEMBERED = 50_000;

/**
 * A reader for one log: `line(text)` gives the failed recipient a line records, or null.
 * Sender lines come before their deliveries in both logs, so one pass is enough.
 */
export function createLogReader(family: LogFamily) {
  const senders = new Map<string, string>();
  const remember = (id: string, sender: string) => {
    if (senders.size >= MAX_REMEMBERED) senders.delete(senders.keys().next().value!);
    senders.set(id, sender);
  };
  const senderOf = (id: string) => {
    const address = senders.get(id);
    return address
      ? feedSender({ fromAddress: address, envelopeDomain: address.split('@')[1] })
      : undefined;
  };

  const postfix = (line: string): FeedRecipient | null => {
    const status = POSTFIX_STATUS.exec(line);
    if (!status) {
      const from = POSTFIX_FROM.exec(line);
      if (from?.[2]) remember(from[1]!, from[2]);
      return null;
    }
    const [, id, address, relay, dsn, , said] = status;
    const diagnostic = said ?? '';
    const sender = senderOf(id!);
    return {
      recipient: {
        ...feedRecipient({ address, diagnostic, status: dsn, remoteMta: relayHost(relay) }),
        ...(commandIn(diagnostic) ? { command: commandIn(diagnostic) } : {}),
      },
      format: 'postfix-log',
      ...(sender ? { sender } : {}),
    };
  };

  const exim = (line: string): FeedRecipient | null => {
    const failure = EXIM_FAILURE.exec(line);
    if (!failure) {
      const arrival = EXIM_ARRIVAL.exec(line);
      if (arrival?.[2] && arrival[2] !== '<>') remember(arrival[1]!, arrival[2]);
      return null;
    }
    const [, id, mark, address, rest = ''] = failure;
    const colon = rest.indexOf(': ');
    const diagnostic = colon >= 0 ? rest.slice(colon + 2) : rest.trim();
    const host = / H=(\S+)/.exec(rest)?.[1];
    const hasCode = /\b[245]\d\d\b/.test(diagnostic);
    const sender = senderOf(id!);
    return {
      recipient: {
        ...feedRecipient({
          address,
          diagnostic,
          remoteMta: host,
          // "**" is a permanent failure, "==" a deferral (Exim spec, "Log files").
          ...(hasCode ? {} : { status: mark === '**' ? '5.0.0' : '4.0.0' }),
          ...(EXIM_GAVE_UP.test(diagnostic) ? { hint: 'expired' } : {}),
        }),
        ...(commandIn(diagnostic) ? { command: commandIn(diagnostic) } : {}),
      },
      format: 'exim-log',
      ...(sender ? { sender } : {}),
    };
  };

  return { line: family === 'postfix' ? postfix : exim };
}
