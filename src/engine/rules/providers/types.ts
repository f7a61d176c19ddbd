import type { Actor, Alternative, Reason } from '../../classify/types.ts';
import type { SmtpCommand } from '../../parse/types.ts';

/** One provider-specific bounce: its own code or wording, what it means, and where that is documented. */
export interface ProviderRule {
  /** Matched against the diagnostic, lower-cased, whitespace collapsed. */
  pattern: RegExp;
  /** The provider's code as it should be shown; "$1" takes the first capture group. */
  code?: string;
  /** null: the rule names the code but the reason comes from the status and text. */
  reason: Reason | null;
  meaning: string;
  source: string;
  actor?: Actor;
  /** Only when the reply answered one of these SMTP commands. */
  commands?: SmtpCommand[];
  /** Other readings sources give for the same text, and what would settle between them. */
  alternatives?: Alternative[];
}

export interface ProviderFamily {
  id: string;
  name: string;
  /** Host names of the provider's mail servers (remote or reporting MTA, MX). */
  hosts: RegExp;
  /** Recipient domains the provider hosts (a weaker sign than its hosts). */
  domains?: RegExp;
  /** Text that names the provider by itself (its codes, its postmaster URLs). */
  signature?: RegExp;
  /** Ordered: the first rule that matches wins. */
  rules: ProviderRule[];
}
