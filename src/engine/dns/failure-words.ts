/**
 * A DnsError in words, one table for every check: a plain sentence for findings ("the DNS query
 * timed out (TXT example.com)"), a short form for traces ("TXT example.com: timed out"), and
 * the `dig` command a person can run to ask the same question by hand.
 */
import type { DnsError, DnsErrorKind, RecordType } from './types.ts';

const WORDS: Record<DnsErrorKind, { sentence: string; short: string }> = {
  timeout: { sentence: 'the DNS query timed out', short: 'timed out' },
  servfail: {
    sentence: "the domain's DNS servers failed to answer (SERVFAIL)",
    short: 'server failure (SERVFAIL)',
  },
  refused: { sentence: 'the DNS server refused to answer', short: 'refused' },
  malformed: { sentence: 'the DNS answer could not be read', short: 'malformed answer' },
  network: { sentence: 'the DNS request did not get through', short: 'network error' },
  http: {
    sentence: 'the DNS-over-HTTPS service answered with an HTTP error',
    short: 'DNS-over-HTTPS error',
  },
  'cname-loop': { sentence: 'the name is part of a CNAME loop', short: 'CNAME loop' },
  aborted: { sentence: 'the check was cancelled before the answer came', short: 'cancelled' },
  disabled: { sentence: 'DNS lookups are switched off', short: 'DNS lookups are turned off' },
};

/** One plain sentence for a DnsError, naming the question. */
export function explainDnsError(
  error: DnsError,
  redact: (text: string) => string = (text) => text,
): string {
  return `${WORDS[error.kind].sentence} (${error.query.type} ${redact(error.query.name)})`;
}

/** The question and what went wrong, briefly ("TXT example.com: timed out"). */
export function dnsTrouble(error: DnsError): string {
  return `${error.query.type} ${error.query.name}: ${WORDS[error.kind].short}`;
}

/** The command a person can run to ask the same question by hand. */
export function digCommand(name: string, type: RecordType): string {
  return `dig +short ${type} ${name}`;
}
