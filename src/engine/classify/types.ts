import type { ParsedRecipient } from '../parse/types.ts';
import type { ProviderId } from '../providers/ids.ts';
import type { ProviderRole } from '../providers/recognise.ts';

export { REASONS, type Reason, type Actor } from '../vocabulary/reasons.ts';
import type { Actor, Reason } from '../vocabulary/reasons.ts';

export interface ProviderMatch {
  /** Stable id of the provider family ("microsoft", "google", "yahoo", ...). */
  id: ProviderId;
  name: string;
  /** The id of the provider's rule that fired ("microsoft-dbeb"), when one did. */
  rule?: string;
  /** The provider's own code found in the text (AS(201806281), S3150, TSS04, CS01, 5.7.26...). */
  code?: string;
  /** What the provider says that code means, in our words. */
  meaning?: string;
  source?: string;
  /**
   * 'receiver': the family's server refused or held the mail. 'reporter': the family only wrote
   * the notice (the sender's own provider, telling of another server's failure), so sentences
   * about who refused, and its portals and limits, do not apply to it.
   */
  role: ProviderRole;
}

export interface Evidence {
  /** Which rule fired ("status 5.1.1: Bad destination mailbox address", "Microsoft 365 AS(201806281)"). */
  rule: string;
  /** The text it fired on. */
  text: string;
  /** Where the rule's fact comes from. */
  source?: string;
  reason?: Reason;
  /** The stage of the classifier that saw it (classify/stages). */
  stage: string;
  /** How much it counts: declared > cause > class > hint > fallback. */
  tier: 'declared' | 'cause' | 'class' | 'hint' | 'fallback';
  /** Whether it decided the reason, agreed with the reason that did, or was outranked. */
  outcome: 'decided' | 'agrees' | 'outranked';
}

export interface Alternative {
  reason: Reason;
  why: string;
  /** What would settle it: a check id or a question to ask. */
  settleBy: string;
}

export interface Classification {
  /** 1-based position of the recipient in the bounce. */
  index: number;
  recipient: string;
  reason: Reason;
  /** True: permanent (don't retry as is); false: temporary; null: not a failure (feedback, vacation, delivered). */
  permanent: boolean | null;
  /**
   * A hard bounce in the sense bounce processors (Sisimai among them) give it: the address itself
   * cannot receive mail — it does not exist, its domain does not, it has moved, or the domain
   * refuses all mail for good — so it belongs on a suppression list. A permanent block for
   * reputation or content is not one: the address is fine once the cause is fixed.
   */
  hardBounce: boolean;
  status: string | null;
  replyCode: number | null;
  provider: ProviderMatch | null;
  actor: Actor;
  /** One or two sentences in plain words. */
  summary: string;
  evidence: Evidence[];
  confidence: 'high' | 'medium' | 'low';
  /** Other readings the evidence leaves open, ranked. */
  alternatives: Alternative[];
  diagnostic: string;
  remoteMta: string | null;
  source: ParsedRecipient;
}
