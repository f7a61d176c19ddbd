/**
 * MTA-STS for a recipient domain: the TXT record, the policy file, and whether the domain's MX
 * hosts match the policy's mx patterns. Only `enforce` with an unmatched MX makes compliant
 * senders refuse to deliver; a broken record or policy just switches MTA-STS off for senders.
 */
import type { MxRecord } from '../../dns/types.ts';
import { digCommand, explainDnsError } from '../../dns/failure-words.ts';
import type { Settled } from '../../dns/settle.ts';
import { fetchPolicy, policyUrl, type FetchText } from './fetch-policy.ts';
import { matchMxHosts, type MxMatch } from './mx-pattern.ts';
import { parseStsPolicy, type StsPolicy } from './sts-policy.ts';
import { selectStsRecord, type StsRecord } from './sts-record.ts';

export interface MtaStsDetails {
  status: 'none' | 'invalid' | 'valid' | 'unknown';
  /** The "v=STSv1" TXT records found (at most 10, each cut at 300 characters). */
  records: string[];
  record?: StsRecord;
  policyUrl?: string;
  policy?: {
    status: 'not-fetched' | 'unreachable' | 'http-error' | 'invalid' | 'valid';
    /** Why it could not be read: cors, network, or the HTTP status. */
    reason?: string;
    parsed?: StsPolicy;
  };
  /** Each MX host (most preferred first, at most 100) and the pattern it matched. */
  mx?: MxMatch[];
  mxNotChecked?: number;
  /** Why the MX hosts could not be compared with the policy. */
  mxUnknown?: { reason: string; manualCheck: string };
  unknownReason?: string;
  manualCheck?: string;
}

const MAX_MX = 100;

export async function evaluateMtaSts(
  domain: string,
  txt: Settled<'TXT'>,
  mx: Settled<'MX'>,
  fetchText: FetchText | undefined,
  signal?: AbortSignal,
): Promise<MtaStsDetails> {
  const name = `_mta-sts.${domain}`;
  if (txt.kind === 'error') {
    return {
      status: 'unknown',
      records: [],
      unknownReason: explainDnsError(txt.error),
      manualCheck: digCommand(name, 'TXT'),
    };
  }
  const selection = selectStsRecord(txt.kind === 'ok' ? txt.records : []);
  if (selection.status === 'none') return { status: 'none', records: [] };
  if (selection.status === 'several' || (selection.record?.problems.length ?? 0) > 0) {
    return { status: 'invalid', records: selection.candidates, record: selection.record };
  }
  const url = policyUrl(domain);
  const base: MtaStsDetails = {
    status: 'valid',
    records: selection.candidates,
    record: selection.record,
    policyUrl: url,
  };
  const manual = `Open ${url} in a browser and compare its mx: lines with: dig +short MX ${domain}`;
  if (!fetchText) {
    return {
      ...base,
      policy: { status: 'not-fetched' },
      unknownReason: 'The policy file cannot be read from here.',
      manualCheck: manual,
    };
  }
  const fetched = await fetchPolicy(fetchText, url, signal);
  if (!fetched.ok) {
    if (fetched.reason === 'http') {
      return {
        ...base,
        policy: { status: 'http-error', reason: `HTTP ${fetched.status ?? 'error'}` },
      };
    }
    const why =
      fetched.reason === 'cors'
        ? 'The policy host does not allow web pages to read the file (no CORS headers).'
        : 'The policy file could not be downloaded (network error).';
    return {
      ...base,
      policy: { status: 'unreachable', reason: fetched.reason },
      unknownReason: why,
      manualCheck: manual,
    };
  }
  const parsed = parseStsPolicy(fetched.text);
  if (parsed.errors.length > 0) return { ...base, policy: { status: 'invalid', parsed } };
  const result: MtaStsDetails = { ...base, policy: { status: 'valid', parsed } };
  if (mx.kind === 'error') {
    result.mxUnknown = { reason: explainDnsError(mx.error), manualCheck: digCommand(domain, 'MX') };
    return result;
  }
  const hosts = mx.kind === 'ok' ? sortedHosts(mx.records) : [];
  result.mx = matchMxHosts(hosts.slice(0, MAX_MX), parsed.mx);
  result.mxNotChecked = Math.max(0, hosts.length - MAX_MX);
  return result;
}

function sortedHosts(records: readonly MxRecord[]): string[] {
  return [...records]
    .sort((a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange))
    .map((record) => record.exchange)
    .filter((host) => host !== '' && host !== '.');
}
