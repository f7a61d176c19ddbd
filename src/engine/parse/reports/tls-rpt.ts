/**
 * SMTP TLS reports (RFC 8460 s4): JSON that a sending system mails to the rua= address of a
 * domain's _smtp._tls record, counting the TLS sessions it made to that domain's MX hosts under
 * its MTA-STS or DANE policy and why any of them failed. A report, not a bounce.
 */
import type { OtherReport } from '../types.ts';
import { byCount, listed, periodText, plural, tally } from './summary-words.ts';

interface FailureDetail {
  'result-type'?: unknown;
  'sending-mta-ip'?: unknown;
  'failed-session-count'?: unknown;
}

interface PolicyReport {
  policy?: { 'policy-type'?: unknown; 'policy-domain'?: unknown };
  summary?: { 'total-successful-session-count'?: unknown; 'total-failure-session-count'?: unknown };
  'failure-details'?: unknown;
}

interface TlsReport {
  'organization-name'?: unknown;
  'contact-info'?: unknown;
  'date-range'?: { 'start-datetime'?: unknown; 'end-datetime'?: unknown };
  policies?: unknown;
}

/** True when the text is JSON shaped like RFC 8460's report (s4.4 names the fields). */
export function looksLikeTlsReport(text: string): boolean {
  const head = text.slice(0, 65536);
  return (
    /^\s*\{/.test(head) &&
    head.includes('"policies"') &&
    /"(?:organization-name|date-range)"/.test(head)
  );
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function readTlsReport(json: string): OtherReport | undefined {
  if (!looksLikeTlsReport(json)) return undefined;
  let report: TlsReport;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    report = value as TlsReport;
  } catch {
    return undefined;
  }
  const policies = Array.isArray(report.policies) ? (report.policies as PolicyReport[]) : [];
  let succeeded = 0;
  let failed = 0;
  const domains: string[] = [];
  const types = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const entry of policies.slice(0, 1000)) {
    if (!entry || typeof entry !== 'object') continue;
    const domain = text(entry.policy?.['policy-domain']);
    const type = text(entry.policy?.['policy-type']);
    if (domain) domains.push(type && type !== 'no-policy-found' ? `${domain} (${type})` : domain);
    succeeded += count(entry.summary?.['total-successful-session-count']);
    failed += count(entry.summary?.['total-failure-session-count']);
    const details = Array.isArray(entry['failure-details'])
      ? (entry['failure-details'] as FailureDetail[])
      : [];
    for (const detail of details.slice(0, 1000)) {
      if (!detail || typeof detail !== 'object') continue;
      const sessions = count(detail['failed-session-count']);
      tally(types, text(detail['result-type']) ?? 'unnamed failure', sessions);
      const ip = text(detail['sending-mta-ip']);
      if (ip) tally(sources, ip, sessions);
    }
  }
  const reporter = text(report['organization-name']);
  const contact = text(report['contact-info']);
  const begin = text(report['date-range']?.['start-datetime']);
  const end = text(report['date-range']?.['end-datetime']);
  const period = begin && end ? { begin, end } : undefined;
  const failureTypes = byCount(types).map(({ name, count }) => ({ type: name, count }));
  const failingSources = byCount(sources).map(({ name, count }) => ({ ip: name, count }));
  const who = reporter ? `${reporter}${contact ? ` (${contact})` : ''}` : 'a sending system';
  const about = domains.length ? ` about ${domains.join(', ')}` : '';
  const failures = failed
    ? `${plural(failed, 'session')} failed` +
      (failureTypes.length
        ? `: ${listed(failureTypes.map((t) => ({ name: t.type, count: t.count })))}`
        : '') +
      (failingSources.length
        ? `, from ${listed(failingSources.map((s) => ({ name: s.ip, count: s.count })))}`
        : '') +
      '.'
    : 'none failed.';
  return {
    kind: 'tls-rpt',
    summary:
      `A TLS report (SMTP TLS reporting) from ${who}${about}${periodText(period)}: ` +
      `${plural(succeeded, 'TLS session')} succeeded, ${failures}`,
    reporter,
    period,
    total: succeeded + failed,
    failed,
    failingSources,
    domains,
    failureTypes,
  };
}
