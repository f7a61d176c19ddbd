/**
 * The shape of one provider family: everything Bounce Doctor knows about a mailbox provider or
 * filtering gateway, in one place, each fact with its source.
 */
import type { ProviderRules } from '../checks/bulk-sender/requirement.ts';
import type { Actor, Alternative, Reason } from '../classify/types.ts';
import type { SmtpCommand } from '../parse/types.ts';
import type { ProviderId } from './ids.ts';

/** One provider-specific bounce: its own code or wording, what it means, and where that is documented. */
export interface ProviderRule<Id extends ProviderId = ProviderId> {
  /** Unique across the registry, prefixed by the family ("microsoft-dbeb"). */
  id: `${Id}-${string}`;
  /** Matched against the diagnostic, lower-cased, whitespace collapsed. */
  pattern: RegExp;
  /** The provider's code as it should be shown; "$1" takes the first capture group. */
  code?: string;
  /** null: the rule names the code but the reason comes from the status and text. */
  reason: Reason | null;
  meaning: string;
  /** The provider's own page, or the knowledge row's source (an observed bounce quoted in public). */
  source: string;
  /** A real text of this kind, as a user would paste it; a test runs it through the engine. */
  example: string;
  actor?: Actor;
  /**
   * 'reporter': the family's own notice of a delivery it could not make (the recipient domain's
   * DNS, its servers, their TLS), so the family reported the failure and refused nothing. By
   * default a rule reads the family's refusal.
   */
  role?: 'reporter';
  /** Only when the reply answered one of these SMTP commands. */
  commands?: SmtpCommand[];
  /** Other readings sources give for the same text, and what would settle between them. */
  alternatives?: Alternative[];
}

/** Text that names the provider by itself: its own codes, postmaster URLs, server names, wording. */
export interface Sign {
  pattern: RegExp;
  source: string;
}

/** MX host names that say who receives a domain's mail. */
export interface MxHosts {
  /** Unique row key ("microsoft-365", "outlook-com"). */
  key: string;
  name: string;
  /** Who they are to the recipient: their mailbox host, or a filter in front of it. */
  kind: 'mailbox' | 'gateway';
  /** MX host names ending in one of these (at a label boundary). */
  suffixes: readonly string[];
  /** For providers whose host names share a suffix with everyone else's (amazonaws.com). */
  pattern?: RegExp;
  source: string;
  /** True when the source is a lookup anyone can repeat rather than the provider's own docs. */
  observed?: boolean;
}

/** A consumer mailbox domain of the provider, under the brand people know it by. */
export interface MailboxDomain {
  domain: string;
  brand: string;
  source: string;
}

export interface Portal {
  label: string;
  url: string;
  note: string;
}

/** Which blocklists the provider uses and where its own reputation and delisting pages are. */
export interface BlocklistAdvice {
  /** Blocklist ids (checks/blocklists/registry.ts) the provider is documented or observed to use. */
  lists: readonly string[];
  portals: readonly Portal[];
  source: string;
}

export interface SizeLimit {
  name: string;
  bytes: number;
  source: string;
}

export interface ProviderFamily<Id extends ProviderId = ProviderId> {
  id: Id;
  name: string;
  /** Host-name suffixes of its servers, as remote or reporting MTA (MX suffixes count too). */
  hosts: readonly string[];
  mx?: readonly MxHosts[];
  /** Recipient domains it hosts: a weaker sign than its hosts or its own words. */
  domains?: RegExp;
  /** The consumer domains people type, for typo suggestions. */
  mailboxDomains?: readonly MailboxDomain[];
  signs?: readonly Sign[];
  /** Ordered: the first rule that matches wins. */
  rules: readonly ProviderRule<Id>[];
  blocklists?: BlocklistAdvice;
  /** Its published sender requirements (checks/bulk-sender). */
  bulkSender?: ProviderRules;
  /** The largest message it accepts by default, where documented. */
  sizeLimit?: SizeLimit;
}
