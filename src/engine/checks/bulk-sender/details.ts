/** What the bulk-sender check found (bulk-sender.ts), as its wording (wording.ts) reads it. */
import type { Settled } from './evaluate.ts';
import type { ProviderId, Requirement } from './requirement.ts';

export interface BulkSenderItem extends Requirement, Settled {
  provider: ProviderId;
  /** False for bulk rules when the sender is not bulk; undefined when that is not known. */
  applies: boolean | undefined;
}

export interface BulkSenderDetails {
  providers: ProviderId[];
  bulk?: boolean;
  items: BulkSenderItem[];
}
