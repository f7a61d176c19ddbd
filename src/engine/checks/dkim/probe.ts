/**
 * Look up one selector's key record at <selector>._domainkey.<domain> (RFC 6376 s3.6.2.1) and
 * assess it. CNAMEs (ESP-hosted keys) are followed by the resolver. NXDOMAIN and NODATA are
 * answers ("no key here"); anything else that stops the lookup is reported as an error.
 */
import { DnsError, type DnsErrorKind, type Resolver } from '../../dns/types.ts';
import { assessKeyRecord, type KeyAssessment } from './assess-key.ts';

export interface ProbeTarget {
  domain: string;
  selector: string;
  /** 'message': from the bounced message's DKIM-Signature; 'guessed': from COMMON_SELECTORS. */
  source: 'message' | 'guessed';
  provider?: string;
}

export type ProbeOutcome = 'key' | 'absent' | 'multiple' | 'not-dkim' | 'error';

export interface SelectorProbe extends ProbeTarget {
  name: string;
  outcome: ProbeOutcome;
  /** The TXT records found at the name (each one's strings already joined). */
  records: string[];
  key?: KeyAssessment;
  error?: { kind: DnsErrorKind | 'unexpected'; message: string };
}

export const keyName = (selector: string, domain: string): string =>
  `${selector}._domainkey.${domain}`;

// Something a DKIM key record would have; a guessed name that answers with anything else is
// usually a wildcard TXT record, not a key.
const LOOKS_LIKE_DKIM = /(?:^|;)\s*(?:v\s*=\s*DKIM1|p\s*=|k\s*=)/;

export async function probeSelector(
  resolver: Resolver,
  target: ProbeTarget,
  signal?: AbortSignal,
): Promise<SelectorProbe> {
  const name = keyName(target.selector, target.domain);
  let answer;
  try {
    answer = await resolver(name, 'TXT', { signal });
  } catch (error) {
    const kind = error instanceof DnsError ? error.kind : 'unexpected';
    const message = error instanceof Error ? error.message : String(error);
    return { ...target, name, outcome: 'error', records: [], error: { kind, message } };
  }
  if (answer.kind !== 'ok') return { ...target, name, outcome: 'absent', records: [] };
  const records = answer.records;
  if (target.source === 'guessed' && !records.some((r) => LOOKS_LIKE_DKIM.test(r))) {
    return { ...target, name, outcome: 'not-dkim', records };
  }
  // RFC 6376 s3.6.2.2: "TXT RRs MUST be unique for a particular selector name; that is, if
  // there are multiple records in an RRset, the results are undefined."
  if (records.length > 1) return { ...target, name, outcome: 'multiple', records };
  return { ...target, name, outcome: 'key', records, key: assessKeyRecord(records[0] ?? '') };
}
