/**
 * Public DNS-over-HTTPS resolvers a browser can call: both answer cross-origin requests with
 * `Access-Control-Allow-Origin: *` (https://github.com/dat-ecosystem-archive/dat-dns/issues/16,
 * https://github.com/martinheidegger/dns-query/blob/main/resolvers.json). Order is the failover
 * order.
 */
export interface DohEndpoint {
  id: string;
  label: string;
  /** RFC 8484 endpoint: GET `?dns=<base64url>` with `accept: application/dns-message`. */
  url: string;
  /** JSON API endpoint: GET `?name=&type=` with `accept: application/dns-json`, if any. */
  jsonUrl?: string;
  /** Where the facts in this row come from. */
  source: string;
}

export const DEFAULT_DOH_ENDPOINTS: readonly DohEndpoint[] = [
  {
    id: 'cloudflare',
    label: 'Cloudflare (1.1.1.1)',
    url: 'https://cloudflare-dns.com/dns-query',
    // Same URL; the accept header picks JSON.
    jsonUrl: 'https://cloudflare-dns.com/dns-query',
    source:
      'https://developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/make-api-requests/',
  },
  {
    id: 'google',
    label: 'Google Public DNS',
    url: 'https://dns.google/dns-query',
    jsonUrl: 'https://dns.google/resolve',
    source: 'https://developers.google.com/speed/public-dns/docs/doh',
  },
];

/**
 * An endpoint from a URL a person typed (or the local fixture server), assuming the
 * Cloudflare convention of serving both formats on one URL.
 */
export function customEndpoint(url: string, label = new URL(url).host): DohEndpoint {
  return { id: url, label, url, jsonUrl: url, source: url };
}
