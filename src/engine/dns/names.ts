/**
 * Check a name before it leaves the browser and put it in the form resolvers accept: lower
 * case, no trailing dot, non-ASCII labels as punycode A-labels (RFC 5891 s4.4).
 */
import { DnsError, type RecordType } from './types.ts';

/** The form names are compared in: no surrounding space, no trailing dot, lower case. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

/** The longest CNAME chain followed before it is called a loop. */
export const MAX_CNAME_CHAIN = 16;

/** RFC 1035 s2.3.4: 255 octets on the wire, i.e. 253 characters in text without the root dot. */
export const MAX_NAME_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

/**
 * Letters, digits, hyphen (RFC 1123 s2.1) and underscore, which service labels such as
 * `_dmarc` and `selector._domainkey` use (RFC 8552 s2).
 */
const ASCII_LABEL = /^[a-z0-9_-]+$/;

// The WHATWG URL parser applies UTS #46 / IDNA to hostnames in browsers, workers and Node, so
// no punycode package is needed. Only labels with non-ASCII characters go through it: for
// ASCII it would also percent-decode and read numbers as IPv4 addresses.
function toALabel(label: string): string | undefined {
  try {
    const host = new URL(`http://${label}`).hostname;
    return ASCII_LABEL.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

function invalid(name: string, type: RecordType, why: string): DnsError {
  return new DnsError('malformed', name, type, `not a valid DNS name: ${why}`);
}

export function toQueryName(name: string, type: RecordType): string {
  const trimmed = name.trim().replace(/\.$/, '');
  if (trimmed === '') throw invalid(name, type, 'empty');
  const labels = trimmed.split('.').map((label) => {
    if (label === '') throw invalid(name, type, 'empty label');
    const lower = label.toLowerCase();
    if (ASCII_LABEL.test(lower)) return lower;
    // eslint-disable-next-line no-control-regex -- the range is the point: anything beyond ASCII
    if (/^[\x00-\x7f]*$/.test(label)) throw invalid(name, type, `bad character in "${label}"`);
    const aLabel = toALabel(label);
    if (!aLabel) throw invalid(name, type, `"${label}" is not a valid internationalised label`);
    return aLabel;
  });
  const tooLong = labels.find((label) => label.length > MAX_LABEL_LENGTH);
  if (tooLong) throw invalid(name, type, `label longer than ${MAX_LABEL_LENGTH} characters`);
  const result = labels.join('.');
  if (result.length > MAX_NAME_LENGTH) {
    throw invalid(name, type, `longer than ${MAX_NAME_LENGTH} characters`);
  }
  return result;
}
