/**
 * Checks that find several things (the address, reverse DNS, TLS policy, content) build a list
 * of items, each with its own verdict, and pick one headline from them (docs/decisions/021).
 */
import type { Fix, Verdict } from './types.ts';

export interface Item {
  verdict: Verdict;
  text: string;
  fixes?: Fix[];
  unknownReason?: string;
  manualCheck?: string;
}

/** A trustworthy failure beats "could not tell", which beats a warning. */
const SEVERITY: readonly Verdict[] = ['fail', 'unknown', 'warn', 'pass'];

/** The worst verdict among the items; pass when there are none. */
export function worstVerdict(items: readonly { verdict: Verdict }[]): Verdict {
  return SEVERITY.find((verdict) => items.some((item) => item.verdict === verdict)) ?? 'pass';
}

export interface Headline {
  verdict: Verdict;
  /** The first item with the worst verdict. */
  headline?: Item;
  /** The first unknown item's reason and manual check, ready to spread into a CheckResult. */
  unknown: { unknownReason?: string; manualCheck?: string };
  /** Every item's fixes, in order. */
  fixes: Fix[];
}

export function headlineOf(items: readonly Item[]): Headline {
  const verdict = worstVerdict(items);
  const unknown = items.find((item) => item.verdict === 'unknown');
  return {
    verdict,
    headline: items.find((item) => item.verdict === verdict),
    unknown: unknown
      ? { unknownReason: unknown.unknownReason, manualCheck: unknown.manualCheck }
      : {},
    fixes: items.flatMap((item) => item.fixes ?? []),
  };
}
