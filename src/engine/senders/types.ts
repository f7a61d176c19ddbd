/**
 * A sending service (an ESP, or a mailbox platform used to send) as data: how its mail can be
 * recognised in a bounce, what it does with a bounce, where its customers fix things, and its
 * own words for a bounce. One file per service in services/, each fact with the service's page.
 *
 * Texts may hold `{address}` (the failed address, or "the address") and `{service}`; record
 * templates hold `{domain}` (the From domain) and account-specific parts in angle brackets
 * ("<id>") that only the service's own page can fill in.
 */
import type { RecordType } from '../dns/types.ts';
import type { Reason } from '../vocabulary/reasons.ts';

export interface ServiceLink {
  label: string;
  url: string;
}

/** Where each kind of evidence is read; every list is optional. */
export interface ServiceSignals {
  /** Return-Path (envelope) domains, matched as suffixes. */
  envelopeDomains?: readonly string[];
  /** Shapes of the whole Return-Path address (a local part only the service writes). */
  envelopePatterns?: readonly RegExp[];
  /** DKIM-Signature d= domains, matched as suffixes. */
  dkimDomains?: readonly string[];
  /** DKIM selectors the service asks its customers to publish (s= on the customer's domain). */
  dkimSelectors?: readonly RegExp[];
  /** Host names in the returned message's Received headers, matched as suffixes. */
  receivedHosts?: readonly string[];
  /** Address ranges the service publishes for its sending servers (CIDR). */
  ipRanges?: readonly string[];
  /** The service's own header fields: a name (lower case; "x-mailgun-*" is a prefix) and value. */
  headers?: readonly { name: string; value?: RegExp }[];
  /** Hosts in List-Unsubscribe URLs or mailto: addresses, matched as suffixes. */
  unsubscribeHosts?: readonly string[];
  /** The right-hand side of the Message-ID, matched as a suffix. */
  messageIdDomains?: readonly string[];
  /** Shapes of the whole Message-ID, where it is not a domain ("<…@geopod-ismtpd-4>"). */
  messageIdPatterns?: readonly RegExp[];
  /** Words only the service writes in the bounce it sends back (its own DSN or notification). */
  bounceText?: readonly RegExp[];
  /** The reporting server or sender of the bounce (the service's own DSN), as suffixes. */
  reportingHosts?: readonly string[];
  /**
   * Format names of what only this service writes: a notification the parser reads
   * ("amazonses-json"), its event feeds and exports as the batch readers name them.
   */
  formats?: readonly string[];
}

export interface RecordTemplate {
  name: string;
  type: RecordType;
  value: string;
}

export interface SpfInclude {
  /** The include: the service's docs ask for, when the envelope domain is the customer's. */
  include: string;
  /**
   * DNS-querying terms the include costs, itself counted (RFC 7208 s4.6.4), as the service's
   * record stood when this file was written; it may change. Absent: not known, at least 1.
   */
  lookups?: number;
  source: string;
}

/** A title and a text, each a template. */
export interface ServiceText {
  title: string;
  text: string;
}

export interface Suppression {
  /** After a hard bounce (the address cannot receive mail). */
  hard?: ServiceText;
  /** After temporary failures: retries and when the address is dropped. */
  soft?: ServiceText;
  /** After a refusal for the sender or the content (a block). */
  block?: ServiceText;
  /** When the service did not send at all because the address was already suppressed. */
  suppressed?: ServiceText;
  /** How to take an address off the list once the cause is fixed. */
  remove: string;
  link: ServiceLink;
}

export interface Authentication {
  /** The service's page where domain authentication is turned on. */
  page: ServiceLink;
  /** What the page is called in the service ("Sender Authentication"). */
  where: string;
  /** The DKIM (and other) records it asks for, with {domain} filled in later. */
  records: readonly RecordTemplate[];
  /** A custom return-path / bounce domain, so SPF aligns with the From domain. */
  returnPath?: { text: string; records: readonly RecordTemplate[] };
}

export interface SendingIps {
  /** Shared or dedicated IPs, and what that means for a block. */
  text: string;
  support: ServiceLink;
}

/** The service's own name for a bounce, so the user can match what its dashboard says. */
export interface BounceNaming {
  /** The field or term the name is in ("bounceType/bounceSubType", "bounce classification"). */
  field: string;
  byReason: Partial<Record<Reason, string>>;
  permanent: string;
  temporary: string;
  /** The name written in the bounce itself (an SES notification's "Permanent/General"). */
  read?: RegExp;
  source: string;
}

export interface SendingService {
  id: string;
  name: string;
  /** The service's page the recognition facts come from. */
  source: string;
  signals: ServiceSignals;
  spf?: SpfInclude;
  authentication?: Authentication;
  suppression?: Suppression;
  ips?: SendingIps;
  naming?: BounceNaming;
}
