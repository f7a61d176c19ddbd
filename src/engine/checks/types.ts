/**
 * What every check returns. A check never lies: when it could not run it says `unknown`, why,
 * and how a person can check by hand (STYLE.md habit 5).
 */
import type { QueryRecord, RecordType, Resolver } from '../dns/types.ts';
import type { ProviderId } from '../providers/ids.ts';
import type { CheckAnswers } from './answers.ts';
import type { CheckFacts, CheckId, SenderField } from './registry.ts';
import type { FetchText } from './tls-policy/fetch-policy.ts';

export type { CheckId, QueryRecord, SenderField };

export type Verdict = 'pass' | 'warn' | 'fail' | 'unknown';

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

/** Everything a check may read; each reads only what it needs and says `unknown` without it. */
export interface CheckContext {
  resolver: Resolver;
  sender: SenderDetails;
  signal?: AbortSignal;
  /** Clock for anything time-dependent (SPF %{t}, DKIM x=), so tests are deterministic. */
  now?: () => Date;
  /** The raw message that bounced (or was pasted), headers and body: the content check. */
  message?: string;
  /** The provider that bounced the mail ("google", "microsoft"...), for provider-specific rules. */
  provider?: ProviderId;
  /** The tree's questions as the person answered them (answers.ts): "do you send bulk mail?" */
  answers?: CheckAnswers;
  /** Reads a URL's text (the MTA-STS policy file); absent where nothing may be fetched. */
  fetchText?: FetchText;
  /** Spamhaus Data Query Service key: the blocklist check asks the DQS zones instead. */
  dqsKey?: string;
  /**
   * Another check's result for the same context (the bulk-sender rules read four of them);
   * run-checks.ts gives it, running each check once however many others read it.
   */
  resultOf?: (id: CheckId) => Promise<CheckResult>;
}

/** What a check is (docs/decisions/026): its facts (registry.ts) and its code (checks.ts). */
export interface Check<Id extends string = CheckId, Details = unknown> extends CheckFacts<Id> {
  run(ctx: CheckContext): Promise<CheckResult<Details>>;
}
