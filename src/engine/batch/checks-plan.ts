/**
 * Which DNS checks a batch calls for, and for which senders: the checks that the decision tree
 * reaches from each "fix our side" group's entry, limited to the sender's side (the address and
 * TLS-policy checks are about one recipient each), run once per distinct sender that the
 * groups' rows name. The caller runs each plan with runChecks.
 */
import type { CheckId, SenderDetails } from '../checks/types.ts';
import { entryFor } from '../tree/machine.ts';
import { TREE } from '../tree/tree.ts';
import { checksReachable } from '../tree/walk.ts';
import { senderKey, type TriageGroup } from './triage.ts';

/** The checks about the sending side, in the wizard's order. */
export const SENDER_CHECKS: readonly CheckId[] = [
  'spf',
  'dkim',
  'dmarc',
  'reverse-dns',
  'blocklists',
  'bulk-sender',
];

export interface SenderCheckPlan {
  key: string;
  sender: SenderDetails;
  checks: CheckId[];
  /** The groups (cause keys) these checks explain. */
  groups: string[];
}

const reachable = new Map<string, CheckId[]>();

/** The sender-side checks the tree walks through for a group's cause. */
export function checksForGroup(group: Pick<TriageGroup, 'reason' | 'code'>): CheckId[] {
  const entry = entryFor(TREE, {
    reason: group.reason,
    providerId: group.code?.provider ?? null,
    codes: [group.code?.code],
  });
  let checks = reachable.get(entry.id);
  if (!checks) {
    checks = checksReachable(TREE, entry.id);
    reachable.set(entry.id, checks);
  }
  return SENDER_CHECKS.filter((id) => checks.includes(id));
}

/** Checks a sender lacks the inputs for would only say "unknown": they are left out. */
function runnable(id: CheckId, sender: SenderDetails): boolean {
  const domain = !!sender.fromDomain;
  const ip = !!sender.sendingIp;
  if (id === 'reverse-dns') return ip;
  if (id === 'blocklists') return ip || domain;
  if (id === 'spf') return (domain || !!sender.envelopeDomain) && ip;
  return domain;
}

/**
 * One plan per distinct sender of the groups that need our side fixed. `fallback` stands in for
 * groups whose rows name no sender (a CSV export rarely does): the sender the person typed.
 */
export function planSenderChecks(
  groups: readonly TriageGroup[],
  fallback?: SenderDetails,
): SenderCheckPlan[] {
  const plans = new Map<string, SenderCheckPlan>();
  for (const group of groups) {
    if (group.action !== 'fix-sender') continue;
    const checks = checksForGroup(group);
    if (checks.length === 0) continue;
    const senders = group.senders.length > 0 ? group.senders : fallback ? [fallback] : [];
    for (const sender of senders) {
      const ids = checks.filter((id) => runnable(id, sender));
      if (ids.length === 0) continue;
      const key = senderKey(sender);
      const plan = plans.get(key) ?? { key, sender, checks: [], groups: [] };
      for (const id of ids) if (!plan.checks.includes(id)) plan.checks.push(id);
      plan.groups.push(group.key);
      plans.set(key, plan);
    }
  }
  for (const plan of plans.values()) {
    plan.checks.sort((a, b) => SENDER_CHECKS.indexOf(a) - SENDER_CHECKS.indexOf(b));
  }
  return [...plans.values()];
}
