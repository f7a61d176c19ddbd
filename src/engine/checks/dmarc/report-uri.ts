/**
 * DMARC reporting URIs (RFC 9989 s4.6, s4.8 dmarc-urilist): comma-separated URIs, of which
 * receivers MUST support mailto:. The "!size" suffix of RFC 7489 s6.2 is obsolete syntax that
 * reporters ignore (RFC 9989 s4.8 obs-dmarc-report-size).
 */

export interface ReportUri {
  raw: string;
  /** Syntactically a URI (scheme ":" something); the test RFC 9989 s4.10.1 uses for rua. */
  valid: boolean;
  scheme?: string;
  /** mailto: only: the address and its domain (lower case). */
  address?: string;
  domain?: string;
  /** Obsolete "!size" suffix, as written. */
  sizeLimit?: string;
  problem?: string;
}

const URI = /^([a-z][a-z0-9+.-]*):(\S+)$/i;
const SIZE = /!(\d+[kmgt]?)$/i;
const ADDRESS = /^[^@\s]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function parseReportUri(raw: string): ReportUri {
  const size = SIZE.exec(raw);
  const body = size ? raw.slice(0, size.index) : raw;
  const sizeLimit = size?.[1];
  const match = URI.exec(body);
  if (!match) return { raw, valid: false, sizeLimit, problem: `"${raw}" is not a URI` };
  const scheme = (match[1] ?? '').toLowerCase();
  if (scheme !== 'mailto') {
    const problem = `${scheme}: reports are not sent by most receivers; they must support only mailto:`;
    return { raw, valid: true, scheme, sizeLimit, problem };
  }
  const address = safeDecode((match[2] ?? '').split('?')[0] ?? '');
  const domain = address ? ADDRESS.exec(address)?.[1]?.toLowerCase() : undefined;
  if (!address || !domain) {
    return {
      raw,
      valid: true,
      scheme,
      sizeLimit,
      problem: `"${raw}" is not a usable mail address`,
    };
  }
  return { raw, valid: true, scheme, address, domain, sizeLimit };
}

export function parseReportUris(value: string): ReportUri[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseReportUri);
}
