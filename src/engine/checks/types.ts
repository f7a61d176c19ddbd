/**
 * What every check returns. A check never lies: when it could not run it says `unknown`, why,
 * and how a person can check by hand (STYLE.md habit 5).
 */
import type { RecordType, Resolver } from '../dns/types.ts';

export type Verdict = 'pass' | 'warn' | 'fail' | 'unknown';

/** Every check, in the order the wizard lists them. */
export const CHECK_IDS = [
  'address',
  'spf',
  'dkim',
  'dmarc',
  'reverse-dns',
  'blocklists',
  'tls-policy',
  'bulk-sender',
  'content',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const isCheckId = (value: string): value is CheckId =>
  (CHECK_IDS as readonly string[]).includes(value);

/** The checks that run on DNS alone: "content" needs the message itself. */
export const DNS_CHECK_IDS: readonly CheckId[] = CHECK_IDS.filter((id) => id !== 'content');

/** One DNS question a check asked, and what came back, for the "evidence" and privacy panels. */
export interface QueryRecord {
  name: string;
  type: RecordType;
  outcome: 'ok' | 'nxdomain' | 'nodata' | 'error';
  records?: string[];
  error?: string;
  /** Milliseconds the answer took; absent when served from cache. */
  ms?: number;
}

export interface DnsRecordSuggestion {
  name: string;
  type: RecordType;
  value: string;
}

export interface Fix {
  /** What to do, in plain words. */
  text: string;
  /** A copy-ready record when one applies. */
  record?: DnsRecordSuggestion;
  links?: { label: string; url: string }[];
}

export interface CheckResult<Details = unknown> {
  id: CheckId;
  /** Short name for the checklist ("SPF for example.com"). */
  title: string;
  verdict: Verdict;
  /** One line in plain words: what we found. */
  finding: string;
  /** Present whenever verdict is `unknown`: why the check could not decide. */
  unknownReason?: string;
  /** How to check by hand (present with `unknown`, optional otherwise). */
  manualCheck?: string;
  fixes: Fix[];
  /** Every DNS question this check asked, in order. */
  queries: QueryRecord[];
  /** Check-specific evidence: the SPF trace, the parsed DKIM key, each blocklist's answer... */
  details?: Details;
}

/** What a check decided, before its queries and details are attached. */
export type Judgement = Pick<
  CheckResult,
  'verdict' | 'finding' | 'unknownReason' | 'manualCheck' | 'fixes'
>;

export interface SenderDetails {
  /** RFC 5322 From address (or just its domain). */
  fromAddress?: string;
  fromDomain?: string;
  /** Envelope sender / Return-Path domain (SPF's MAIL FROM identity). */
  envelopeDomain?: string;
  envelopeAddress?: string;
  /** The IP the message left from (SPF <ip>, reverse DNS, blocklists). */
  sendingIp?: string;
  helo?: string;
  /** DKIM signatures seen on the bounced message: d= and s=. */
  dkim?: { domain: string; selector: string }[];
  /** The failed recipient, for the address and TLS-policy checks. */
  recipient?: string;
}

export interface CheckContext {
  resolver: Resolver;
  sender: SenderDetails;
  signal?: AbortSignal;
  /** Clock for anything time-dependent (SPF %{t}, DKIM x=), so tests are deterministic. */
  now?: () => Date;
}
