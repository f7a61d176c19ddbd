/**
 * The provider whose server refused or held the mail, if the bounce names one. A provider that
 * only wrote the notice (the sender's own, telling of another server's failure) refused
 * nothing: its portals, limits and rules say nothing about this bounce, and "{provider} refused"
 * would be false of it.
 */
import type { ProviderRole } from '../providers/recognise.ts';

/** A provider without a role (a batch row kept from before roles) is taken for the receiver. */
export function refusingProvider<P extends { role?: ProviderRole }>(c: {
  provider: P | null | undefined;
}): P | undefined {
  return c.provider && c.provider.role !== 'reporter' ? c.provider : undefined;
}
