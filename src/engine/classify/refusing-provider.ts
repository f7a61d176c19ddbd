/**
 * The provider whose server refused or held the mail, if the bounce names one. A provider that
 * only wrote the notice (the sender's own, telling of another server's failure) refused
 * nothing: its portals, limits and rules say nothing about this bounce, and "{provider} refused"
 * would be false of it.
 */
import type { Classification, ProviderMatch } from './types.ts';

export function refusingProvider(c: Pick<Classification, 'provider'>): ProviderMatch | undefined {
  return c.provider?.role === 'receiver' ? c.provider : undefined;
}
