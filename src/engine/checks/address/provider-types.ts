/** The shape of the MX-hostname rows that recognise who receives a domain's mail. */
import type { MxHosts, ProviderId } from '../../providers/index.ts';

export interface MailProvider extends MxHosts {
  /** The provider family the row belongs to (src/engine/providers). */
  family: ProviderId;
}
