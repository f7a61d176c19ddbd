/**
 * Organizational Domains by the Public Suffix List (https://publicsuffix.org/list/), through
 * tldts, which ships the whole list, ICANN and private sections, compiled into a trie. RFC 7489
 * s3.2: the public suffix that matches the most labels, plus one label. Used for the DMARC
 * check's RFC 7489 view (and where a starter record goes) and for the content check's link
 * domains; DMARC verdicts use RFC 9989's DNS tree walk instead (docs/decisions/010).
 *
 * The list is about 48 KB gzip, so it is its own chunk, loaded when one of those checks runs:
 * never with the first page, nor with the diagnosis.
 */

/** The Organizational Domain of a name; a name that is itself a public suffix stands for itself. */
export type OrgDomainOf = (domain: string) => string;

export async function loadOrgDomains(): Promise<OrgDomainOf> {
  const { getDomain } = await import('tldts');
  return (domain) => getDomain(domain, { allowPrivateDomains: true }) ?? domain;
}
