/**
 * Fetch the DMARC record at _dmarc.<name>, once per name: the tree walks for the From domain,
 * the SPF domain and each DKIM domain share most names (RFC 9989 s4.10.2), so a cache keeps
 * the number of queries down and each question appears once in the evidence.
 */
import { DnsError, type DnsErrorKind, type Resolver } from '../../dns/types.ts';
import { isDmarcRecord, parseDmarcRecord, type DmarcRecord } from './record.ts';

export interface LookupResult {
  /** The domain (without the _dmarc label). */
  domain: string;
  /**
   * 'record': exactly one DMARC record; 'none': no record (NXDOMAIN, NODATA, or only TXT
   * records that are not DMARC); 'multiple': several DMARC records, all discarded (RFC 9989
   * s4.10 step 2); 'error': the lookup failed.
   */
  outcome: 'record' | 'none' | 'multiple' | 'error';
  record?: DmarcRecord;
  /** Every TXT record found at the name, DMARC or not. */
  txt: string[];
  error?: { kind: DnsErrorKind | 'unexpected'; message: string; name: string };
}

export type DmarcLookup = (domain: string) => Promise<LookupResult>;

export async function queryDmarc(
  resolver: Resolver,
  domain: string,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const name = `_dmarc.${domain}`;
  try {
    const answer = await resolver(name, 'TXT', { signal });
    if (answer.kind !== 'ok') return { domain, outcome: 'none', txt: [] };
    const txt = answer.records;
    const dmarc = txt.filter(isDmarcRecord);
    if (dmarc.length > 1) return { domain, outcome: 'multiple', txt };
    const only = dmarc[0];
    return only === undefined
      ? { domain, outcome: 'none', txt }
      : { domain, outcome: 'record', txt, record: parseDmarcRecord(only) };
  } catch (error) {
    const kind = error instanceof DnsError ? error.kind : 'unexpected';
    const message = error instanceof Error ? error.message : String(error);
    return { domain, outcome: 'error', txt: [], error: { kind, message, name } };
  }
}

export function cachedLookup(resolver: Resolver, signal?: AbortSignal): DmarcLookup {
  const cache = new Map<string, Promise<LookupResult>>();
  return (domain) => {
    let result = cache.get(domain);
    if (!result) {
      result = queryDmarc(resolver, domain, signal);
      cache.set(domain, result);
    }
    return result;
  };
}
