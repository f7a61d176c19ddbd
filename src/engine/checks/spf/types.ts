/**
 * Public types of the SPF check: the check_host() result (RFC 7208 s2.6), its input (s4.1) and
 * the evaluation trace the UI shows as a tree.
 */
import type { Resolver } from '../../dns/types.ts';
import type { Lookups } from '../../dns/settle.ts';
import type { IpAddress } from '../ip.ts';

/** s2.6: the seven results of check_host(). */
export type SpfResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/** s4.6.2: "+" pass, "-" fail, "~" softfail, "?" neutral. */
export type Qualifier = '+' | '-' | '~' | '?';

/** s2.3/s2.4: which identity was checked. */
export type SpfIdentity = 'mailfrom' | 'helo';

export type TermOutcome = 'match' | 'no-match' | 'error';

/** One term as evaluated, in evaluation order. */
export interface SpfTermTrace {
  /** The term as written in the record. */
  term: string;
  /** Mechanism name (all, include, a, mx, ptr, ip4, ip6, exists) or "redirect". */
  name: string;
  qualifier?: Qualifier;
  /** The domain the term looked up, after macro expansion. */
  target?: string;
  outcome: TermOutcome;
  /** When it matched: the qualifier's result. When it failed: permerror or temperror. */
  result?: SpfResult;
  /** What the lookups said, in plain words. */
  detail?: string;
  /** DNS-querying terms counted so far in the whole evaluation (s4.6.4), after this term. */
  lookups: number;
  /** Void lookups so far (s4.6.4), after this term. */
  voids: number;
  /** The included or redirected-to record. */
  child?: SpfNodeTrace;
}

/** One evaluated record: the checked domain, an include target or a redirect target. */
export interface SpfNodeTrace {
  domain: string;
  via: 'check' | 'include' | 'redirect';
  /** The selected v=spf1 record (s4.5). */
  record?: string;
  result: SpfResult;
  /** Why, for none, permerror and temperror. */
  reason?: string;
  terms: SpfTermTrace[];
  /** Counts when this record's evaluation ended. */
  lookups: number;
  voids: number;
}

export interface SpfTrace {
  identity: SpfIdentity;
  domain: string;
  sender: string;
  ip: string;
  root: SpfNodeTrace;
  result: SpfResult;
  explanation: string;
  reason?: string;
  /**
   * The term that decided the result and the record it is in; `via` lists the include and
   * redirect terms that led there from the checked domain's record.
   */
  matched?: { domain: string; term: string; via: string[] };
  lookups: number;
  voids: number;
}

export interface CheckHostInput {
  /** The SMTP client's IP (s4.1 <ip>); IPv4-mapped IPv6 is treated as IPv4 (s5). */
  ip: string;
  /** The domain whose SPF record is evaluated (s4.1 <domain>). */
  domain: string;
  /** MAIL FROM, or postmaster@<helo> when checking the HELO identity (s4.1 <sender>, s2.4). */
  sender: string;
  /** HELO/EHLO name, for %{h} (s7.3). */
  helo?: string;
  /** Which identity <sender> and <domain> come from (s2.3, s2.4); for the trace. */
  identity?: SpfIdentity;
  resolver: Resolver;
  signal?: AbortSignal;
  /** Clock for %{t} (s7.3). */
  now?: () => Date;
  /** This host's domain name, for %{r} in explanations (s7.3). Defaults to "unknown". */
  receivingHost?: string;
  /**
   * Start the lookups a fetched record will need before evaluating it. On by default; turning it
   * off gives a strictly sequential evaluation with the same result, counts and trace.
   */
  prefetch?: boolean;
  /** Share the lookups with other work (each question asked once); the caller closes them. */
  dns?: Lookups;
}

/** check_host()'s arguments once read: the client IP, and a <domain> that passed s4.3. */
export interface HostArguments extends Omit<CheckHostInput, 'ip' | 'domain'> {
  ip: IpAddress;
  domain: string;
}

export interface CheckHostResult {
  result: SpfResult;
  /**
   * s6.2: for fail, the expanded exp= text; empty when there is no usable exp= and for other
   * results.
   */
  explanation: string;
  /** Why, for none, permerror and temperror. */
  reason?: string;
  trace: SpfTrace;
}
