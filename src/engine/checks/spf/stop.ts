/**
 * Ending an evaluation early: permerror and temperror (RFC 7208 s2.6.6, s2.6.7), the s4.6.4
 * counters that can cause them, and a DNS failure as a temperror.
 */
import { dnsTrouble } from '../../dns/failure-words.ts';
import type { DnsError } from '../../dns/types.ts';
import type { EvalState } from './context.ts';
import { SPF_LIMITS } from './limits.ts';

export class SpfStop extends Error {
  readonly result: 'permerror' | 'temperror';
  readonly reason: string;

  constructor(result: 'permerror' | 'temperror', reason: string) {
    super(reason);
    this.name = 'SpfStop';
    this.result = result;
    this.reason = reason;
  }
}

/** s4.6.4: count a DNS-querying term; the 11th is a permerror. */
export function countLookup(state: EvalState): void {
  state.lookups += 1;
  if (state.lookups > SPF_LIMITS.dnsTerms) {
    throw new SpfStop(
      'permerror',
      `more than ${SPF_LIMITS.dnsTerms} DNS-querying terms (include, a, mx, ptr, exists, redirect) in the whole evaluation (s4.6.4)`,
    );
  }
}

/** s4.6.4: count a lookup that found nothing; the third is a permerror. */
export function countVoid(state: EvalState): void {
  state.voids += 1;
  if (state.voids > SPF_LIMITS.voidLookups) {
    throw new SpfStop(
      'permerror',
      `more than ${SPF_LIMITS.voidLookups} lookups found no such name or no records (void lookups, s4.6.4)`,
    );
  }
}

/** s2.6.6 / s4.4: a DNS error while evaluating is a temperror. */
export function temperror(error: DnsError): SpfStop {
  return new SpfStop('temperror', `DNS lookup failed: ${dnsTrouble(error)} (s2.6.6)`);
}
