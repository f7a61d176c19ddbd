/**
 * The DKIM check: are the public keys a receiver needs published and usable?
 * Selectors come from the bounced message's own DKIM-Signature (d=/s=) when the bounce carries
 * it; otherwise common selectors are probed in parallel at the From domain.
 */
import { lookups } from '../../dns/settle.ts';
import type { CheckContext, CheckResult } from '../types.ts';
import { probeSelector, type ProbeTarget, type SelectorProbe } from './probe.ts';
import { COMMON_SELECTORS, UNGUESSABLE_SELECTORS, type UnguessableSelector } from './selectors.ts';
import { normaliseName } from '../../dns/names.ts';
import { fromDomainOf } from './sender-domain.ts';
import { judge } from './verdict.ts';

export interface DkimDetails {
  mode: 'message' | 'guessed';
  domains: string[];
  probes: SelectorProbe[];
  /** Guessed mode only: senders whose selectors no list can guess. */
  unguessable?: readonly UnguessableSelector[];
}

export function selectTargets(ctx: CheckContext): {
  mode: 'message' | 'guessed';
  targets: ProbeTarget[];
} {
  const signatures = ctx.sender.dkim ?? [];
  if (signatures.length > 0) {
    const seen = new Set<string>();
    const targets: ProbeTarget[] = [];
    for (const sig of signatures) {
      const domain = normaliseName(sig.domain);
      const selector = sig.selector.trim();
      const key = `${selector.toLowerCase()}/${domain}`;
      if (domain === '' || selector === '' || seen.has(key)) continue;
      seen.add(key);
      targets.push({ domain, selector, source: 'message' });
    }
    return { mode: 'message', targets };
  }
  const domain = fromDomainOf(ctx.sender);
  const targets = domain
    ? COMMON_SELECTORS.map(({ selector, provider }) => ({
        domain,
        selector,
        provider,
        source: 'guessed' as const,
      }))
    : [];
  return { mode: 'guessed', targets };
}

export async function run(ctx: CheckContext): Promise<CheckResult<DkimDetails>> {
  const { mode, targets } = selectTargets(ctx);
  const domains = [...new Set(targets.map((t) => t.domain))];
  if (targets.length === 0) {
    const reason = 'The bounce shows neither a DKIM-Signature nor a From domain to check.';
    return {
      id: 'dkim',
      title: 'DKIM',
      verdict: 'unknown',
      finding: reason,
      unknownReason: reason,
      manualCheck:
        'Find DKIM-Signature in a sent message, then run: dig +short TXT <s>._domainkey.<d>',
      fixes: [],
      queries: [],
    };
  }
  const dns = lookups(ctx.resolver, { signal: ctx.signal });
  const probes = await Promise.all(targets.map((target) => probeSelector(dns, target)));
  const judgement = judge(mode, probes);
  return {
    id: 'dkim',
    title: `DKIM for ${domains.join(', ')}`,
    ...judgement,
    queries: dns.queries,
    details: {
      mode,
      domains,
      probes,
      ...(mode === 'guessed' ? { unguessable: UNGUESSABLE_SELECTORS } : {}),
    },
  };
}
