/**
 * The shape of one mailbox provider's sender requirement. The tables live with their provider
 * (src/engine/providers/*-bulk-sender.ts); evaluate.ts says how each kind of need is settled.
 */
import type { ProviderId } from '../../providers/ids.ts';

export type { ProviderId } from '../../providers/ids.ts';

/** 'all': every sender; 'bulk': senders over the provider's volume threshold. */
export type Tier = 'all' | 'bulk';

export type Need =
  | 'spf-or-dkim'
  | 'spf'
  | 'dkim'
  | 'spf-and-dkim'
  | 'dkim-1024'
  | 'dmarc-record'
  | 'dmarc-aligned'
  | 'reverse-dns'
  | 'from-not-provider-domain'
  | 'tls'
  | 'rfc5322'
  | 'spam-rate'
  | 'one-click-unsubscribe';

export interface Requirement {
  id: string;
  tier: Tier;
  need: Need;
  /** What the provider asks, in plain words. */
  text: string;
  /** The provider page this row encodes. */
  source: string;
  /** Enhanced status codes the provider uses when the requirement is not met. */
  codes?: string[];
}

export interface ProviderRules {
  /** The provider family these rules belong to. */
  id: ProviderId;
  /** The service the rules are written for ("Gmail", "Outlook.com"). */
  name: string;
  /** Recipient domains the rules are meant for (a source of 'observed': the same service). */
  appliesTo: readonly { pattern: RegExp; source: string }[];
  /** Who counts as a bulk sender, in the provider's words. */
  bulkThreshold: string;
  /** When enforcement started. */
  since: string;
  requirements: readonly Requirement[];
}
