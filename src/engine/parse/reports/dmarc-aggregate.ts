/**
 * DMARC aggregate reports (RFC 7489 s7.2 and appendix C; the same elements in DMARCbis): XML
 * that a receiver sends to the rua= address of a domain's DMARC record, counting the messages it
 * saw per sending IP and whether each passed DMARC. A report, not a bounce: nothing here is a
 * failed delivery, and its "fail" results are authentication results, not refusals.
 */
import type { OtherReport } from '../types.ts';
import { elements, field } from './xml-fields.ts';
import { byCount, listed, periodText, plural, tally } from './summary-words.ts';

/** More rows than any receiver sends in a day; past this the report is read in part. */
const MAX_RECORDS = 20_000;

/** True when the text is an aggregate report: a <feedback> root with report metadata. */
export function looksLikeDmarcAggregate(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /<(?:\w+:)?feedback[\s>]/.test(head) &&
    /<(?:\w+:)?report_metadata[\s>]/.test(text.slice(0, 65536))
  );
}

/** "1709424000" (seconds since 1970, RFC 7489 appendix C) as an ISO date-time in UTC. */
function epoch(value: string | undefined): string | undefined {
  if (!value || !/^\d{1,12}$/.test(value)) return undefined;
  return new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * DMARC passes when SPF or DKIM passes aligned (RFC 7489 s6.6.2); policy_evaluated carries
 * those aligned results, so a row fails when neither says pass.
 */
function rowFails(row: string): boolean {
  const evaluated = elements(row, 'policy_evaluated', 1)[0] ?? '';
  return field(evaluated, 'dkim') !== 'pass' && field(evaluated, 'spf') !== 'pass';
}

export function readDmarcAggregate(xml: string): OtherReport | undefined {
  if (!looksLikeDmarcAggregate(xml)) return undefined;
  const metadata = elements(xml, 'report_metadata', 1)[0] ?? '';
  const range = elements(metadata, 'date_range', 1)[0] ?? '';
  const begin = epoch(field(range, 'begin'));
  const end = epoch(field(range, 'end'));
  const reporter = field(metadata, 'org_name');
  const email = field(metadata, 'email');
  const domains = elements(xml, 'policy_published', 4)
    .map((policy) => field(policy, 'domain'))
    .filter((domain): domain is string => !!domain);
  const policy = field(elements(xml, 'policy_published', 1)[0] ?? '', 'p');
  let total = 0;
  let failed = 0;
  const failing = new Map<string, number>();
  for (const record of elements(xml, 'record', MAX_RECORDS)) {
    const row = elements(record, 'row', 1)[0] ?? record;
    const count = Number(field(row, 'count') ?? '0');
    if (!Number.isFinite(count) || count < 0) continue;
    total += count;
    if (!rowFails(row)) continue;
    failed += count;
    tally(failing, field(row, 'source_ip') ?? 'an unnamed IP', count);
  }
  const period = begin && end ? { begin, end } : undefined;
  const failingSources = byCount(failing).map(({ name, count }) => ({ ip: name, count }));
  const who = reporter ? `${reporter}${email ? ` (${email})` : ''}` : 'a mail receiver';
  const about = domains.length ? ` about ${domains.join(', ')}` : '';
  const failures = failed
    ? `${plural(failed, 'message')} failed DMARC, from ${listed(failingSources.map((s) => ({ name: s.ip, count: s.count })))}.`
    : 'none failed DMARC.';
  const summary =
    `A DMARC aggregate report from ${who}${about}${periodText(period)}: ` +
    `${plural(total, 'message')} counted, ${failures}` +
    (policy ? ` Published policy: p=${policy}.` : '');
  return {
    kind: 'dmarc-aggregate',
    summary,
    reporter: reporter ?? email,
    period,
    total,
    failed,
    failingSources,
    domains,
  };
}
