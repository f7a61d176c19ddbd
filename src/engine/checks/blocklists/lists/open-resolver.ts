/**
 * The resolver note for lists whose sources say nothing against public resolvers. Whether an
 * answer is trustworthy is still verified at run time with the RFC 5782 test entries.
 */
export const OPEN =
  'No resolver restriction found in the sources read; verified at run time with the RFC 5782 test entries.';
