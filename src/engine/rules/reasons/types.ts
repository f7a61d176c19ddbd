import type { Reason } from '../../classify/types.ts';

/**
 * Phrases that name a reason, in the receiving servers' own words. Matched against the
 * diagnostic lower-cased with runs of whitespace collapsed. Each pattern's comment quotes a
 * real bounce text it matches.
 */
export interface PhraseRule {
  /** Where the rule stands in the consultation order; defaults to the reason. */
  id?: string;
  reason: Reason;
  patterns: RegExp[];
  /**
   * Phrases too generic to outrank a status code ("try again later", "timed out"): consulted only
   * when neither a strong phrase nor the status code names a reason.
   */
  weak?: RegExp[];
}
