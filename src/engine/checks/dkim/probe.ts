/**
 * Look up one selector's key record at <selector>._domainkey.<domain> (RFC 6376 s3.6.2.1) and
 * assess it. CNAMEs (ESP-hosted keys) are followed by the resolver. NXDOMAIN and NODATA are
 * answers ("no key here"); anything else that stops the lookup is reported as an error.
 */
import { failureOf, type DnsFailure, type Lookups } from '../../dns/settle.ts';
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
  error?: DnsFailure;
}

export const keyName = (selector: string, domain: string): string =>
  `${selector}._domainkey.${domain}`;

// Something a DKIM key record would have; a guessed name that answers with anything else is
// usually a wildcard TXT record, not a key.
const LOOKS_LIKE_DKIM = /(?:^|;)\s*(?:v\s*=\s*DKIM1|p\s*=|k\s*=)/;

export async function probeSelector(dns: Lookups, target: ProbeTarget): Promise<SelectorProbe> {
  const name = keyName(target.selector, target.domain);
  const answer = await dns.lookup(name, 'TXT');
  if (answer.kind === 'error') {
    return { ...target, name, outcome: 'error', records: [], error: failureOf(answer.error) };
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
