/**
 * RFC 7208 processing limits and DNS name limits, as data. Every number cites its section.
 */
export const SPF_LIMITS = {
  /**
   * s4.6.4: "SPF implementations MUST limit the total number of those terms to 10 during SPF
   * evaluation": include, a, mx, ptr, exists and the redirect modifier, counted across the
   * whole evaluation (includes and redirects too). The 11th is a permerror.
   */
  dnsTerms: 10,
  /** s4.6.4: "void lookups" (NXDOMAIN, or NOERROR with no answer) SHOULD be limited to two. */
  voidLookups: 2,
  /** s4.6.4: an "mx" term whose MX lookup returns more than 10 names is a permerror. */
  mxNames: 10,
  /** s4.6.4: a "ptr" term (and %{p}) looks at the first 10 PTR names; the others are ignored. */
  ptrNames: 10,
  /** s7.3: an expanded name over 253 characters loses labels on the left until it fits. */
  nameLength: 253,
  /** RFC 1035 s2.3.4: a label is at most 63 octets. */
  labelLength: 63,
  /** s3.4: keep the whole answer within 512 octets; a record over 450 octets is at risk. */
  recordAdvisoryLength: 450,
  /** s3.3 and RFC 1035 s3.3.14: one TXT character-string holds at most 255 octets. */
  txtStringLength: 255,
  /** Advice threshold, not an RFC number: warn when a record uses 8 or more of its 10 terms. */
  nearLookupLimit: 8,
} as const;
