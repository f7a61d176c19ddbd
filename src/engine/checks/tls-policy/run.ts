/**
 * The TLS-policy check for the recipient's domain: MTA-STS (RFC 8461) and TLS-RPT (RFC 8460).
 * DANE (TLSA records, RFC 7672) is out of scope: it needs DNSSEC-validated TLSA answers, which
 * this engine's resolver does not give.
 */
import { parseAddress } from '../address/syntax.ts';
import type { CheckContext, CheckResult } from '../types.ts';
import { digCommand, explainDnsError } from '../../dns/failure-words.ts';
import { lookups, type Settled } from '../../dns/settle.ts';
import { headlineOf, type Item } from '../items.ts';
import type { TlsPolicyDetails, TlsRptDetails } from './details.ts';
import { mtaStsItems, tlsRptItems } from './findings.ts';
import { evaluateMtaSts, type MtaStsDetails } from './mta-sts.ts';
import { selectTlsRptRecord } from './tlsrpt.ts';

export type { TlsPolicyDetails, TlsRptDetails } from './details.ts';

const DANE =
  'DANE (TLSA records, RFC 7672) is not checked: it needs DNSSEC-validated answers this tool does not get.';

/** Without ctx.fetchText the policy file is reported as "open it by hand". */
export async function run(ctx: CheckContext): Promise<CheckResult<TlsPolicyDetails>> {
  const log = lookups(ctx.resolver, { signal: ctx.signal });
  const domain = parseAddress(ctx.sender.recipient ?? '').asciiDomain;
  if (!domain) {
    return {
      id: 'tls-policy',
      title: 'TLS policy of the recipient domain',
      verdict: 'unknown',
      finding: 'No valid recipient domain is known, so there is no TLS policy to look up.',
      unknownReason: 'The recipient address is missing or not valid.',
      manualCheck: 'Enter the failed recipient address from the bounce.',
      fixes: [],
      queries: log.queries,
      details: { dane: DANE },
    };
  }
  // None of these depend on each other; the policy file is fetched only once the TXT says so.
  const [stsTxt, rptTxt, mx] = await Promise.all([
    log.lookup(`_mta-sts.${domain}`, 'TXT'),
    log.lookup(`_smtp._tls.${domain}`, 'TXT'),
    log.lookup(domain, 'MX'),
  ]);
  const mtaSts = await evaluateMtaSts(domain, stsTxt, mx, ctx.fetchText, ctx.signal);
  const tlsRpt = evaluateTlsRpt(domain, rptTxt);
  const mode = mtaSts.policy?.parsed?.mode;
  const items: Item[] = [
    ...mtaStsItems(domain, mtaSts, newPolicyId(ctx.now?.() ?? new Date())),
    ...tlsRptItems(domain, tlsRpt, mode),
  ];

  const { verdict, headline, unknown, fixes } = headlineOf(items);
  const summary = summaryOf(mtaSts, tlsRpt);
  return {
    id: 'tls-policy',
    title: `TLS policy of ${domain}`,
    verdict,
    finding: headline ? `${headline.text} (${summary})` : summary,
    ...unknown,
    fixes,
    queries: log.queries,
    details: { domain, mtaSts, tlsRpt, dane: DANE },
  };
}

function evaluateTlsRpt(domain: string, txt: Settled<'TXT'>): TlsRptDetails {
  if (txt.kind === 'error') {
    return {
      status: 'unknown',
      records: [],
      rua: [],
      problems: [],
      unknownReason: explainDnsError(txt.error),
      manualCheck: digCommand(`_smtp._tls.${domain}`, 'TXT'),
    };
  }
  const selection = selectTlsRptRecord(txt.kind === 'ok' ? txt.records : []);
  if (selection.status === 'none') return { status: 'none', records: [], rua: [], problems: [] };
  const problems =
    selection.status === 'several'
      ? ['More than one TLS-RPT record.']
      : (selection.record?.problems ?? []);
  return {
    status: problems.length > 0 ? 'invalid' : 'valid',
    records: selection.candidates,
    rua: selection.record?.rua ?? [],
    problems,
  };
}

function summaryOf(sts: MtaStsDetails, rpt: TlsRptDetails): string {
  const mode = sts.policy?.parsed?.mode;
  const matched = (sts.mx ?? []).filter((m) => m.pattern !== undefined).length;
  const stsText: Record<MtaStsDetails['status'], string> = {
    none: 'no MTA-STS policy (optional)',
    invalid: 'MTA-STS record invalid',
    unknown: 'MTA-STS not checked',
    valid: mode
      ? `MTA-STS ${mode}${sts.mx ? `, ${matched} of ${sts.mx.length} MX host(s) match` : ''}`
      : 'MTA-STS published, policy not read',
  };
  const rptText: Record<TlsRptDetails['status'], string> = {
    none: 'no TLS-RPT (optional)',
    invalid: 'TLS-RPT record invalid',
    unknown: 'TLS-RPT not checked',
    valid: `TLS-RPT reports to ${rpt.rua.slice(0, 2).join(', ')}`,
  };
  return `${stsText[sts.status]}; ${rptText[rpt.status]}`;
}

/** A fresh policy id (RFC 8461 s3.1: 1-32 letters or digits): the UTC time, to the second. */
function newPolicyId(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}
