/**
 * The domain half of an address: internationalised names to their A-label (punycode) form, and
 * the RFC 5321 s4.1.2 rules for what a mail domain may look like.
 */

export interface AddressProblem {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  source: string;
}

export interface DomainSyntax {
  /** The A-label form, lower case: the name DNS is asked about. Absent when unusable. */
  ascii?: string;
  /** The domain was written with non-ASCII characters (an IDN). */
  idn: boolean;
  problems: AddressProblem[];
}

const RFC5321 = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2';
const RFC5321_LIMITS = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1';
const RFC5890 = 'https://www.rfc-editor.org/rfc/rfc5890';
const RFC3696 = 'https://www.rfc-editor.org/rfc/rfc3696#section-2';
const RFC5321_FQDN = 'https://www.rfc-editor.org/rfc/rfc5321#section-2.3.5';

const MAX_DOMAIN = 255;
const MAX_LABEL = 63;
// Characters that would make the URL parser cut the host short or mean something else.
const NOT_IN_A_HOST = /[\s/?#@:[\]\\%<>"]/;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * The A-label form of a domain via the platform's IDNA (UTS #46) mapping, which every browser and
 * Node ship in `URL`; undefined when the name cannot be converted.
 */
export function toAsciiDomain(domain: string): string | undefined {
  if (domain === '' || NOT_IN_A_HOST.test(domain)) return undefined;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}

export function checkDomain(domain: string): DomainSyntax {
  const problems: AddressProblem[] = [];
  const idn = /[^\p{ASCII}]/u.test(domain);
  const error = (code: string, message: string, source: string): DomainSyntax => ({
    idn,
    problems: [...problems, { code, severity: 'error', message, source }],
  });
  if (domain === '') return error('domain-empty', 'There is nothing after the "@".', RFC5321);
  if (domain.length > MAX_DOMAIN * 4) {
    return error(
      'domain-too-long',
      `The domain is longer than ${MAX_DOMAIN} characters.`,
      RFC5321_LIMITS,
    );
  }
  if (domain.endsWith('.')) {
    return error(
      'domain-trailing-dot',
      'The domain ends with a dot, which addresses may not.',
      RFC5321,
    );
  }
  if (!idn && /^[\d.]+$/.test(domain)) {
    return error(
      'domain-numeric',
      'The domain is only digits; an IP needs brackets: user@[192.0.2.1].',
      RFC5321,
    );
  }
  const ascii = idn ? toAsciiDomain(domain) : domain.toLowerCase();
  if (ascii === undefined) {
    return error(
      'idn-invalid',
      'The domain has characters that no domain name may contain.',
      RFC5890,
    );
  }
  if (idn) {
    problems.push({
      code: 'idn',
      severity: 'info',
      message: `Internationalised domain: DNS knows it as ${ascii}.`,
      source: RFC5890,
    });
  }
  if (ascii.length > MAX_DOMAIN) {
    return error(
      'domain-too-long',
      `The domain is longer than ${MAX_DOMAIN} characters.`,
      RFC5321_LIMITS,
    );
  }
  const labels = ascii.split('.');
  for (const label of labels) {
    if (label.length === 0)
      return error('domain-empty-label', 'The domain has two dots in a row.', RFC5321);
    if (label.length > MAX_LABEL) {
      return error(
        'label-too-long',
        `"${label.slice(0, 20)}…" is longer than ${MAX_LABEL} characters.`,
        RFC5321_LIMITS,
      );
    }
    if (!LDH_LABEL.test(label)) {
      return error(
        'label-chars',
        `"${label}" may only hold letters, digits and inner hyphens.`,
        RFC5321,
      );
    }
  }
  if (labels.length < 2) {
    return error('single-label', `"${ascii}" is not a full domain name (no dot).`, RFC5321_FQDN);
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return error(
      'numeric-tld',
      'The last part of the domain is all digits; no top-level domain is.',
      RFC3696,
    );
  }
  return { ascii, idn, problems };
}
