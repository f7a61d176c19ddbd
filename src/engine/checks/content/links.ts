/** Links in a message: hosts to look up, shorteners and raw-IP links to flag. */
import type { OrgDomainOf } from '../public-suffix.ts';

export interface LinkHost {
  host: string;
  /** The registrable domain blocklists are asked about ("example.co.uk"); absent for IPs. */
  domain?: string;
  ip: boolean;
  example: string;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>()]+/gi;
const MAX_LINKS = 500;

/** Distinct link hosts in these texts, in order of first appearance. */
export function linkHosts(texts: string[], orgDomainOf: OrgDomainOf): LinkHost[] {
  const seen = new Map<string, LinkHost>();
  for (const text of texts) {
    let count = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      if (++count > MAX_LINKS) break;
      const url = match[0].replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, '');
      let host: string;
      try {
        host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
      } catch {
        continue;
      }
      if (!host || seen.has(host)) continue;
      const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
      seen.set(host, {
        host,
        ip,
        example: url,
        ...(ip ? {} : { domain: orgDomainOf(host) }),
      });
    }
  }
  return [...seen.values()];
}
