/** The words of the customer note, one file per language: plain, short, no codes. */
import type { Reason } from '../../vocabulary/reasons.ts';

export const NOTE_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type NoteLanguage = (typeof NOTE_LANGUAGES)[number];

/** Reasons that are not a failed delivery get a note of their own. */
export type ReportReason = 'vacation' | 'delivered' | 'feedback';
export type FailureReason = Exclude<Reason, ReportReason>;

export interface Cause {
  because: string;
  canDo: string;
}

/** Templates hold {address}, {because} and {canDo}; "named" when the failed address is known. */
export interface CustomerWords {
  language: NoteLanguage;
  /** The language's name in itself, for the picker. */
  name: string;
  failed: { named: string; unnamed: string };
  /** A delay warning: not delivered yet, the sending server still tries; nothing to resend. */
  delayed: { named: string; unnamed: string };
  reports: Record<ReportReason, { named: string; unnamed: string }>;
  reasons: Record<FailureReason, Cause>;
  /** When the address forwards to another mailbox whose provider refused the forward. */
  forwarded: Cause;
  /** What to do when the server named the person's new address: holds {newAddress}. */
  movedTo: Cause['canDo'];
}
