/**
 * A check's verdict read against this bounce. A check answers its own question ("does the
 * domain take mail?", "is anything listed?"); the checklist must not let that answer stand for
 * a question it did not ask. Two cases where it would: the address check proves only that the
 * recipient's domain takes mail, which says nothing against a bounce that says the mailbox does
 * not exist; and a blocklist check without a sending IP looked up only the sender's domains,
 * which settles nothing about the sending server.
 */
import type { BlocklistDetails } from '../checks/blocklists/run.ts';
import type { CheckResult, SenderDetails } from '../checks/types.ts';
import type { Reason } from '../classify/types.ts';

/** Where a person finds the sending IP: the bounce's copy of the message, or their service. */
export const WHERE_IP =
  'The sending IP is in the Received: lines of the returned message (the one that says “from … [203.0.113.5]”, added by the receiving server), or in your sending service’s message log or dashboard.';

/** Where a person finds the DKIM selector. */
export const WHERE_SELECTOR =
  'The selector is the s= value of the DKIM-Signature header of a message you sent (open it with “Show original” or “View source”), or on your sending service’s domain authentication page.';

/** Reasons where the bounce says this mailbox cannot take the message, whatever its domain does. */
const MAILBOX_REASONS: readonly Reason[] = ['userunknown', 'hasmoved', 'suspend'];

function addressInContext(result: CheckResult, reason: Reason): CheckResult {
  if (result.verdict !== 'pass' || !MAILBOX_REASONS.includes(reason)) return result;
  return {
    ...result,
    verdict: 'unknown',
    unknownReason:
      'DNS shows only that the domain takes mail. Whether this mailbox exists only the receiving server knows, and the bounce says it does not.',
    manualCheck: 'Ask the recipient, by another channel, for the exact address.',
  };
}

function blocklistsInContext(result: CheckResult): CheckResult {
  const details = result.details as BlocklistDetails | undefined;
  if (!details || details.ip) return result;
  const noIp =
    details.skipped.find((skip) => skip.list === 'IP lists')?.why ??
    'no public sending IP is known';
  const domains = details.domains.join(', ');
  const checked = domains
    ? `Only the domain lists were asked, for ${domains}; no sending IP was checked (${noIp}).`
    : `No sending IP was checked (${noIp}).`;
  if (details.rows.some((row) => row.status === 'listed')) {
    return { ...result, finding: `${result.finding} ${checked}` };
  }
  return {
    ...result,
    verdict: 'unknown',
    finding: checked,
    unknownReason: `Without the sending IP the IP blocklists cannot be asked, so this says nothing about whether the sending server is listed (${noIp}).`,
  };
}

export function inContext(result: CheckResult, reason: Reason): CheckResult {
  if (result.id === 'address') return addressInContext(result, reason);
  if (result.id === 'blocklists') return blocklistsInContext(result);
  return result;
}

/** Where to find the input a check could not run without, when that is why it is unknown. */
export function whereToFind(result: CheckResult, sender: SenderDetails): string | undefined {
  if (result.verdict !== 'unknown') return undefined;
  const needsIp = ['spf', 'reverse-dns', 'blocklists', 'bulk-sender'].includes(result.id);
  if (needsIp && !sender.sendingIp?.trim()) return WHERE_IP;
  if (result.id === 'dkim' && !sender.dkim?.length) return WHERE_SELECTOR;
  return undefined;
}
