/**
 * The bulk-sender check: do the SPF, DKIM, DMARC and reverse-DNS results meet the rules of
 * Gmail, Yahoo and Outlook.com? Pure: it reads the other checks' results and asks no DNS
 * questions itself (their queries travel with their own results).
 *
 * Verdict over the requirements DNS can settle: fail if one that applies fails; unknown if one
 * that applies is unknown; warn if only bulk rules fail while it is not known whether the
 * sender is a bulk sender; else pass. Requirements outside DNS (TLS, spam rate, message
 * format, one-click unsubscribe) are listed as unknown items and never decide the verdict.
 */
import { providerById } from '../../providers/index.ts';
import { sendsBulk } from '../answers.ts';
import type { CheckContext, CheckResult, Verdict } from '../types.ts';
import type { BulkSenderDetails, BulkSenderItem } from './details.ts';
import { SETTLE, type BulkFacts } from './evaluate.ts';
import { PROVIDERS } from './providers/index.ts';
import type { ProviderId } from './requirement.ts';
import { finding, fixes } from './wording.ts';

export type { BulkSenderDetails, BulkSenderItem } from './details.ts';

export interface BulkSenderInput extends BulkFacts {
  /** Only this provider's rules; all of them when absent. */
  provider?: ProviderId;
  /** Whether the sender is over the bulk thresholds; undefined when nobody knows. */
  bulk?: boolean;
}

function evaluate(input: BulkSenderInput): BulkSenderItem[] {
  const providers = PROVIDERS.filter((p) => !input.provider || p.id === input.provider);
  return providers.flatMap((p) =>
    p.requirements.map((r) => ({
      ...r,
      ...SETTLE[r.need](input),
      provider: p.id,
      applies: r.tier === 'all' ? true : input.bulk,
    })),
  );
}

/** Only the bouncing provider's bulk-sender rules, when it has some; otherwise everyone's. */
function ruleSetFor(provider: ProviderId | undefined): ProviderId | undefined {
  return provider && providerById(provider).bulkSender ? provider : undefined;
}

/** The check: the rules over this run's SPF, DKIM, DMARC and reverse-DNS results. */
export async function run(ctx: CheckContext): Promise<CheckResult<BulkSenderDetails>> {
  const resultOf = ctx.resultOf;
  if (!resultOf) throw new Error('the bulk-sender rules read other checks: run them with runCheck');
  const [spf, dkim, dmarc, reverseDns] = await Promise.all([
    resultOf('spf'),
    resultOf('dkim'),
    resultOf('dmarc'),
    resultOf('reverse-dns'),
  ]);
  return bulkSenderRequirements({
    spf,
    dkim,
    dmarc,
    reverseDns,
    fromDomain: ctx.sender.fromDomain,
    provider: ruleSetFor(ctx.provider),
    bulk: sendsBulk(ctx.answers),
  });
}

export function bulkSenderRequirements(input: BulkSenderInput): CheckResult<BulkSenderDetails> {
  const items = evaluate(input);
  const decided = items.filter((i) => i.settledBy === 'dns' && i.applies !== false);
  const outside = items.filter((i) => i.settledBy !== 'dns' && i.applies !== false);
  const failing = decided.filter((i) => i.status === 'fail');
  const definite = failing.filter((i) => i.applies === true);
  const unknown = decided.filter((i) => i.status === 'unknown');
  const verdict: Verdict =
    definite.length > 0
      ? 'fail'
      : unknown.length > 0
        ? 'unknown'
        : failing.length > 0
          ? 'warn'
          : 'pass';
  const first = definite[0] ?? unknown[0] ?? failing[0];
  const unknownFields =
    verdict === 'unknown'
      ? {
          // Each check that could not run once, however many of the providers' rules need it.
          unknownReason: `${unknown.length === 1 ? 'A rule needs a check' : `${unknown.length} rules need checks`} that could not run: ${[...new Set(unknown.map((i) => i.reason))].join('; ')}`,
          manualCheck:
            'Send a test message to a Gmail address, open "Show original" and check that SPF, DKIM and DMARC all say PASS.',
        }
      : {};
  return {
    id: 'bulk-sender',
    title: 'Bulk-sender rules (Gmail, Yahoo, Outlook.com)',
    verdict,
    finding: finding(verdict, first, decided, outside),
    ...unknownFields,
    fixes: fixes(failing),
    queries: [],
    details: { providers: [...new Set(items.map((i) => i.provider))], bulk: input.bulk, items },
  };
}
