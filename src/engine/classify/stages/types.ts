import type { FiredRule, RecognisedProvider } from '../provider.ts';
import type { InputKind, ParsedRecipient } from '../../parse/types.ts';
import type { WordingMatches } from '../../rules/wordings/match.ts';
import type { Actor, Reason } from '../../vocabulary/reasons.ts';
import type { Alternative, Evidence } from '../types.ts';

/**
 * How much a finding counts, strongest first. A finding outranks the verdict so far only from a
 * stronger tier; within a tier the earlier stage keeps it.
 *  - declared: the report says what it is (a complaint, an auto-reply, a delivery);
 *  - cause: words that name the cause (a provider's own code, a specific wording);
 *  - class: the enhanced status code's registered meaning;
 *  - hint: generic words, the basic reply code, the report's own prose;
 *  - fallback: the words that carry meaning, when no rule matched.
 */
export type Tier = Evidence['tier'];

export const TIER_RANK: Record<Tier, number> = {
  declared: 5,
  cause: 4,
  class: 3,
  hint: 2,
  fallback: 1,
};

/** What one stage saw: the reason it points at, and why. */
export interface Finding {
  reason: Reason;
  tier: Tier;
  /** The rule, in words ("Postfix: User unknown", "status 5.2.2: Mailbox full"). */
  rule: string;
  /** The text it fired on. */
  text: string;
  source?: string;
  /** A provider's rule may say who acts, when it differs from the reason's usual actor. */
  actor?: Actor;
  /** Other readings the source itself gives for the same text. */
  alternatives?: Alternative[];
  /** A correction replaces the verdict so far whatever its tier (it says so in `rule`). */
  corrects?: boolean;
  /** It describes how an attempt failed, which a later give-up explains better. */
  attempt?: boolean;
  /** The stage that found it (set by the fold). */
  stage?: string;
}

/** What every stage reads: the recipient as parsed, and its texts prepared once. */
export interface StageInput {
  r: ParsedRecipient;
  /** What the input was: a pasted reply line, a notice's text, a whole message. */
  kind: InputKind | undefined;
  /** The server's text, lower-cased, whitespace collapsed. */
  text: string;
  /** The report's prose around the recipient, prepared the same way, on first use. */
  prose(): string;
  /** The wording rules the server's text matches (rules/wordings), on first use. */
  wordings(): WordingMatches;
  provider: RecognisedProvider | undefined;
  /** The provider's rule that matched the text, if any (it may name a code but no reason). */
  fired: FiredRule | undefined;
}

export interface Stage {
  id: string;
  /**
   * Looks at the recipient and the verdict so far; returns what it saw, or nothing. Pure: the
   * fold decides whether the finding wins.
   */
  run(input: StageInput, sofar: Finding | undefined): Finding | undefined;
}
