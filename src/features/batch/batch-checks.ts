/**
 * The DNS checks a batch calls for, once per distinct sender (engine: planSenderChecks), run
 * through the engine's runChecks against the page's DNS session (the resolver the settings
 * choose, its cache and its log of what left the browser), one react-query query per sender.
 */
import { queryOptions, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  planSenderChecks,
  runChecks,
  type CheckResult,
  type SenderCheckPlan,
  type SenderDetails,
  type TriageGroup,
} from '../../engine/index.ts';
import { useDnsSession } from '../dns/use-dns-session.ts';
import type { DnsSession } from '../dns/dns-session.ts';
import { domainOf } from '../../engine/index.ts';

/** More distinct senders than this are listed but not checked: the page says so. */
export const MAX_CHECKED_SENDERS = 10;

export interface SenderChecks {
  plan: SenderCheckPlan;
  results: CheckResult[] | undefined;
}

function checksQuery(plan: SenderCheckPlan, session: DnsSession) {
  return queryOptions({
    queryKey: ['batch-checks', session.key, plan.key, plan.checks.join(',')] as const,
    queryFn: () =>
      runChecks(plan.checks, {
        resolver: session.stack.resolver,
        sender: plan.sender,
        ...(session.fetchText ? { fetchText: session.fetchText } : {}),
      }),
    staleTime: Infinity,
    retry: false,
  });
}

/** The typed sender ("news@sender.example" or "sender.example", and an IP) as check input. */
export function typedSender(from: string, ip: string): SenderDetails | undefined {
  const domain = domainOf(from.trim());
  const address = from.includes('@') ? from.trim() : undefined;
  if (!domain && !ip.trim()) return undefined;
  return {
    ...(address ? { fromAddress: address } : {}),
    ...(domain ? { fromDomain: domain } : {}),
    ...(ip.trim() ? { sendingIp: ip.trim() } : {}),
  };
}

export function useSenderChecks(
  groups: TriageGroup[],
  fallback: SenderDetails | undefined,
  enabled: boolean,
) {
  const session = useDnsSession();
  const plans = useMemo(() => planSenderChecks(groups, fallback), [groups, fallback]);
  const checked = plans.slice(0, MAX_CHECKED_SENDERS);
  const queries = useQueries({
    queries: checked.map((plan) => ({ ...checksQuery(plan, session), enabled })),
  });
  const senders: SenderChecks[] = checked.map((plan, i) => ({ plan, results: queries[i]?.data }));
  /** The checks that explain each group, by its key. */
  const byGroup = new Map<string, SenderChecks[]>();
  for (const entry of senders) {
    for (const key of entry.plan.groups) byGroup.set(key, [...(byGroup.get(key) ?? []), entry]);
  }
  return { senders, byGroup, unchecked: plans.length - checked.length, session };
}
