/**
 * From an SPF evaluation and a look at the record to a CheckResult (STYLE.md habit 5): the
 * verdict, one line of finding, fixes with copy-ready records, and how to check by hand.
 */
import type { IpAddress } from '../ip.ts';
import type { CheckResult, Fix, QueryRecord, Verdict } from '../types.ts';
import type { SpfAdvice } from './advice.ts';
import type { SpfInspection } from './inspect.ts';
import { authorizing, ipTerm } from './record-edit.ts';
import type { CheckHostResult, SpfResult } from './types.ts';

export interface SpfDetails {
  domain: string;
  /** The sending IP as evaluated, when known. */
  ip?: string;
  /** The check_host() result and its trace; absent when no IP was known. */
  evaluation?: CheckHostResult;
  inspection?: SpfInspection;
  advice: SpfAdvice[];
}

interface ReportInput {
  domain: string;
  ip?: IpAddress;
  /** A sending IP that was given but is not an IP address. */
  unusableIp?: string;
  evaluation?: CheckHostResult;
  inspection: SpfInspection;
  advice: SpfAdvice[];
  queries: QueryRecord[];
}

const RFC = { label: 'RFC 7208 (SPF)', url: 'https://www.rfc-editor.org/rfc/rfc7208' };

function manualCheck(domain: string, queries: readonly QueryRecord[]): string {
  const failed = queries.find(
    (query) => query.outcome === 'error' && !query.error?.startsWith('cancelled'),
  );
  const lines = [`dig +short TXT ${domain}`];
  if (failed && !(failed.type === 'TXT' && failed.name === domain))
    lines.push(`dig ${failed.type} ${failed.name}`);
  return `Ask DNS yourself and look for the one "v=spf1" record: ${lines.join(' ; ')}`;
}

function publishFix(domain: string, ip: ReportInput['ip']): Fix {
  const value = ip ? `v=spf1 ${ipTerm(ip)} ~all` : 'v=spf1 mx ~all';
  return {
    text: `Publish an SPF record for ${domain} listing every server (or provider include:) that sends its mail, for example:`,
    record: { name: domain, type: 'TXT', value },
    links: [RFC],
  };
}

function authorizeFix(input: ReportInput): Fix | undefined {
  const record =
    input.inspection.root.spfRecords.length === 1 ? input.inspection.root.spfRecords[0] : undefined;
  if (!record || !input.ip) return undefined;
  return {
    text: `If ${input.ip.text} is one of your servers, authorise it (if you send through a provider, add the provider's include: instead):`,
    record: {
      name: input.domain,
      type: 'TXT',
      value: authorizing(record, input.ip),
    },
    links: [RFC],
  };
}

function matchedText(evaluation: CheckHostResult): string {
  const matched = evaluation.trace.matched;
  if (!matched) return '';
  const where = matched.via.length
    ? ` in ${matched.domain}'s record, via ${matched.via.join(' then ')}`
    : '';
  return ` (matched "${matched.term}"${where})`;
}

function withIp(input: ReportInput, evaluation: CheckHostResult) {
  const { domain } = input;
  const ip = input.ip?.text ?? evaluation.trace.ip;
  const adviceFixes = input.advice.flatMap((advice) => (advice.fix ? [advice.fix] : []));
  const authorize = authorizeFix(input);
  const outcomes: Record<SpfResult, () => { verdict: Verdict; finding: string; fixes: Fix[] }> = {
    pass: () => ({
      verdict: input.advice.length ? 'warn' : 'pass',
      finding: `SPF pass: ${domain} allows ${ip} to send${matchedText(evaluation)}${input.advice.length ? `, but ${input.advice.length} thing(s) in the record need attention` : ''}.`,
      fixes: adviceFixes,
    }),
    fail: () => ({
      verdict: 'fail',
      finding:
        `SPF fail: ${domain} does not allow ${ip} to send${matchedText(evaluation)}. ${evaluation.explanation}`.trim(),
      fixes: [...(authorize ? [authorize] : []), ...adviceFixes],
    }),
    softfail: () => ({
      verdict: 'fail',
      finding: `SPF softfail: ${domain} says ${ip} is probably not allowed to send${matchedText(evaluation)}; many receivers treat this as a failure.`,
      fixes: [...(authorize ? [authorize] : []), ...adviceFixes],
    }),
    neutral: () => ({
      verdict: 'warn',
      finding: `SPF neutral: ${domain}'s record says nothing about ${ip}${matchedText(evaluation)}, which counts as not authenticated.`,
      fixes: [...(authorize ? [authorize] : []), ...adviceFixes],
    }),
    none: () => ({
      verdict: 'fail',
      finding: `No SPF record for ${domain}: ${evaluation.reason ?? 'nothing published'}. Gmail, Yahoo and Microsoft expect SPF or DKIM on every message.`,
      fixes: [publishFix(domain, input.ip)],
    }),
    permerror: () => ({
      verdict: 'fail',
      finding: `SPF record of ${domain} is broken (permerror): ${evaluation.reason ?? 'unknown reason'}. Receivers treat this as a failure.`,
      fixes: adviceFixes.length
        ? adviceFixes
        : [{ text: `Fix the record: ${evaluation.reason ?? ''}`.trim(), links: [RFC] }],
    }),
    temperror: () => ({
      verdict: 'unknown',
      finding: `SPF could not be evaluated for ${domain}: ${evaluation.reason ?? 'DNS error'}.`,
      fixes: [],
    }),
  };
  return outcomes[evaluation.result]();
}

function withoutIp(input: ReportInput): { verdict: Verdict; finding: string; fixes: Fix[] } {
  const { root } = input.inspection;
  const adviceFixes = input.advice.flatMap((advice) => (advice.fix ? [advice.fix] : []));
  switch (root.status) {
    case 'none':
    case 'nxdomain':
      return {
        verdict: 'fail',
        finding: `No SPF record for ${input.domain}.`,
        fixes: [publishFix(input.domain, undefined)],
      };
    case 'many':
      return {
        verdict: 'fail',
        finding: `${input.domain} publishes ${root.spfRecords.length} SPF records, a permanent error (s4.5).`,
        fixes: adviceFixes,
      };
    case 'syntax':
      return {
        verdict: 'fail',
        finding: `SPF record of ${input.domain} is broken: ${root.error ?? 'syntax error'}.`,
        fixes: [{ text: `Fix the record: ${root.error ?? ''}`, links: [RFC] }],
      };
    case 'dns-error':
      return {
        verdict: 'unknown',
        finding: `Could not fetch the SPF record of ${input.domain}: ${root.error ?? 'DNS error'}.`,
        fixes: [],
      };
    default:
      return {
        verdict: 'unknown',
        finding: `${input.domain} publishes an SPF record (${input.inspection.totalDnsTerms} of 10 lookups)${input.advice.length ? ` with ${input.advice.length} thing(s) to fix` : ''}; whether the sending server may use it is unknown without its IP.`,
        fixes: adviceFixes,
      };
  }
}

export function spfReport(input: ReportInput): CheckResult<SpfDetails> {
  const { evaluation } = input;
  const outcome = evaluation ? withIp(input, evaluation) : withoutIp(input);
  const unknownReason =
    outcome.verdict !== 'unknown'
      ? undefined
      : evaluation
        ? `DNS trouble while evaluating SPF (temperror, RFC 7208 s2.6.6): ${evaluation.reason ?? 'no detail'}`
        : input.inspection.root.status === 'dns-error'
          ? `DNS trouble fetching the record: ${input.inspection.root.error ?? 'no detail'}`
          : input.unusableIp
            ? `"${input.unusableIp}" is not an IP address, so SPF cannot say whether the sending server may send for the domain.`
            : 'The sending IP is not known, so SPF cannot say whether that server may send for the domain.';
  return {
    id: 'spf',
    title: `SPF for ${input.domain}`,
    verdict: outcome.verdict,
    finding: outcome.finding,
    unknownReason,
    manualCheck: manualCheck(input.domain, input.queries),
    fixes: outcome.fixes,
    queries: input.queries,
    details: {
      domain: input.domain,
      ip: input.ip?.text,
      evaluation,
      inspection: input.inspection,
      advice: input.advice,
    },
  };
}
