/**
 * Identifier Alignment (RFC 9989 s3.2.10, s4.4; RFC 7489 s3.1): an authenticated domain is
 * strictly aligned with the From domain when the names are identical, and relaxed-aligned when
 * both have the same Organizational Domain. Pure: Organizational Domains come in as a function,
 * from the tree walk (RFC 9989) or from the public-suffix approximation (RFC 7489 view).
 * This says whether identifiers align; whether SPF and DKIM actually passed is their checks'.
 */
import { normaliseName } from '../../dns/names.ts';

export type AlignmentMode = 'r' | 's';

export interface AlignmentInput {
  fromDomain: string;
  /** SPF-authenticated identifier: the MAIL FROM domain (RFC 9989 s4.4.2). */
  spfDomain?: string;
  /** DKIM-authenticated identifiers: the d= of each signature (RFC 9989 s4.4.1). */
  dkimDomains?: readonly string[];
  aspf?: AlignmentMode;
  adkim?: AlignmentMode;
  /** Organizational Domain of a name, or undefined when it could not be determined. */
  orgDomainOf: (domain: string) => string | undefined;
}

export interface IdentifierAlignment {
  method: 'spf' | 'dkim';
  domain: string;
  mode: AlignmentMode;
  strict: boolean;
  /** Undefined when an Organizational Domain is unknown. */
  relaxed: boolean | undefined;
  /** Aligned under the mode the record asks for. */
  aligned: boolean | undefined;
}

export interface AlignmentResult {
  identifiers: IdentifierAlignment[];
  /** True if any identifier aligns; false if all are known not to; undefined otherwise. */
  aligned: boolean | undefined;
}

export function alignment(input: AlignmentInput): AlignmentResult {
  const from = normaliseName(input.fromDomain);
  const check = (method: 'spf' | 'dkim', raw: string, mode: AlignmentMode): IdentifierAlignment => {
    const domain = normaliseName(raw);
    const strict = domain === from;
    let relaxed: boolean | undefined = true;
    if (!strict) {
      const a = input.orgDomainOf(from);
      const b = input.orgDomainOf(domain);
      relaxed = a === undefined || b === undefined ? undefined : a === b;
    }
    return { method, domain, mode, strict, relaxed, aligned: mode === 's' ? strict : relaxed };
  };
  const identifiers = [
    ...(input.spfDomain ? [check('spf', input.spfDomain, input.aspf ?? 'r')] : []),
    ...[...new Set((input.dkimDomains ?? []).map(normaliseName))].map((d) =>
      check('dkim', d, input.adkim ?? 'r'),
    ),
  ];
  const aligned = identifiers.some((i) => i.aligned === true)
    ? true
    : identifiers.length > 0 && identifiers.every((i) => i.aligned === false)
      ? false
      : undefined;
  return { identifiers, aligned };
}
