/**
 * The resolver used when live lookups are turned off: every question fails with kind
 * 'disabled', so each check says `unknown` and how to look by hand, and nothing leaves.
 */
import { DnsError, type Resolver } from './types.ts';

export function disabledResolver(): Resolver {
  return async (name, type) => {
    throw new DnsError('disabled', name, type, 'live DNS lookups are turned off');
  };
}
