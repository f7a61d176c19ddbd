/** The shape of the MX-hostname tables that recognise who receives a domain's mail. */

export interface MailProvider {
  /** Unique row key ("microsoft-365", "outlook-com"). */
  key: string;
  /**
   * The provider family, shared with bounce classification and the blocklist advice
   * ("microsoft", "google", "yahoo", "apple", "proofpoint", ...).
   */
  family: string;
  name: string;
  /** Who they are to the recipient: their mailbox host, or a filter in front of it. */
  kind: 'mailbox' | 'gateway';
  /** MX host names ending in one of these (at a label boundary) belong to this provider. */
  suffixes: readonly string[];
  /** For providers whose host names share a suffix with everyone else's (amazonaws.com). */
  pattern?: RegExp;
  source: string;
  /** True when the source is a lookup anyone can repeat rather than the provider's own docs. */
  observed?: boolean;
}
