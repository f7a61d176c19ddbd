import type { SmtpCommand } from '../../parse/types.ts';
import type { Actor, Reason } from '../../vocabulary/reasons.ts';

/**
 * One family of wordings that mail software uses for one cause: "User unknown", "unknown user",
 * "no such user here", "user does not exist" are one rule, not four. Matched against the
 * server's text lower-cased with runs of whitespace collapsed.
 */
export interface WordingRule {
  /** `<reason>.<what it recognises>`, unique. */
  id: string;
  reason: Reason;
  /**
   * Lower-case; no flags. The literals it requires (required-literals.ts) index it: the rule is
   * tried only on texts holding one of them (keyword-index.ts).
   */
  pattern: RegExp;
  /**
   * `cause` (the default): the words name the cause, and outrank the enhanced status code.
   * `hint`: generic words ("access denied", "try again later") that a status code outranks.
   * `prefix`: words that name only what was refused ("Recipient address rejected:"), read
   * when nothing after them says more.
   */
  weight?: 'cause' | 'hint' | 'prefix';
  /** Rules of the same weight this one wins over wherever they match (specific over general). */
  outranks?: readonly string[];
  /** Only when the reply answered one of these SMTP commands (or the command is unknown). */
  commands?: readonly SmtpCommand[];
  /**
   * The words say how one attempt failed (a timeout), not why delivery failed: when the sending
   * server then gave up, the give-up explains the bounce better (classify/stages/smtp-stage.ts).
   */
  attempt?: true;
  /**
   * Who acts, when these words put it elsewhere than the reason's usual actor: "TLS is required,
   * but was not offered by host" is the receiving server's missing STARTTLS, not the sender's.
   */
  actor?: Actor;
  /** A real text of this family, as the source gives it; a test proves the rule fires on it. */
  example: string;
  /** Where the wording is documented: the software's source at a commit, or the vendor's page. */
  source: string;
}
