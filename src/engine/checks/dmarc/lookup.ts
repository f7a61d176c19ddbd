/**
 * Fetch the DMARC record at _dmarc.<name>, once per name: the tree walks for the From domain,
 * the SPF domain and each DKIM domain share most names (RFC 9989 s4.10.2); the check's lookups
 * ask each question once, so it appears once in the evidence, and the parsed result is kept too.
 */
import { failureOf, type DnsFailure, type Lookups } from '../../dns/settle.ts';
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
  error?: DnsFailure;
}

export type DmarcLookup = (domain: string) => Promise<LookupResult>;

export async function queryDmarc(dns: Lookups, domain: string): Promise<LookupResult> {
  const answer = await dns.lookup(`_dmarc.${domain}`, 'TXT');
  if (answer.kind === 'error') {
    return { domain, outcome: 'error', txt: [], error: failureOf(answer.error) };
  }
  if (answer.kind !== 'ok') return { domain, outcome: 'none', txt: [] };
  const txt = answer.records;
  const dmarc = txt.filter(isDmarcRecord);
  if (dmarc.length > 1) return { domain, outcome: 'multiple', txt };
  const only = dmarc[0];
  return only === undefined
    ? { domain, outcome: 'none', txt }
    : { domain, outcome: 'record', txt, record: parseDmarcRecord(only) };
}

/** The DMARC record of a name, asked once however many walks pass it (`dns` remembers). */
export function dmarcLookup(dns: Lookups): DmarcLookup {
  const parsed = new Map<string, Promise<LookupResult>>();
  return (domain) => {
    let result = parsed.get(domain);
    if (!result) {
      result = queryDmarc(dns, domain);
      parsed.set(domain, result);
    }
    return result;
  };
}
