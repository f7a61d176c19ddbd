/**
 * From the diagnosis, the tree's outcome and the check results (some still running) to the
 * checklist. Pure: the UI calls it again as each result streams in.
 */
import type { CheckId, CheckResult, Fix, SenderDetails } from '../checks/types.ts';
import type { Classification, Reason } from '../classify/types.ts';
import { REASON_INFO } from '../rules/reason-info.ts';
import type { Esp } from '../sender/esps.ts';
import type { DecisionTree, OutcomeNode } from '../tree/types.ts';
import { adviceFor } from './advice-fit.ts';
import { inContext, whereToFind } from './in-context.ts';
import { readyMessage } from './message.ts';
import { orderItems } from './order.ts';
import { correctedSpf } from './spf-correction.ts';
import type { Checklist, ChecklistItem, ItemStatus } from './types.ts';
import { whyText } from './why.ts';

export const CHECK_TITLES: Record<CheckId, string> = {
  address: 'Recipient address',
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  'reverse-dns': 'Reverse DNS of the sending IP',
  blocklists: 'Blocklists',
  'tls-policy': 'TLS policy of the recipient domain',
  'bulk-sender': 'Bulk-sender requirements',
  content: 'Message content',
};

export interface ChecklistInput {
  tree: DecisionTree;
  classification: Classification;
  /** The reason the checklist is for: the diagnosis's, or the person's correction. */
  reason: Reason;
  entry: string;
  outcome: OutcomeNode;
  checks: CheckId[];
  /** The checks the tree's path itself runs; the rest of `checks` settle other readings. */
  pathChecks?: CheckId[];
  results: Partial<Record<CheckId, CheckResult>>;
  sender: SenderDetails;
  esp?: Esp;
}

function espFix(esp: Esp | undefined, result: CheckResult): Fix[] {
  const corrected = correctedSpf(result, esp);
  if (!esp?.spfInclude || result.id !== 'spf' || result.verdict === 'pass') {
    return corrected ? [corrected] : [];
  }
  const links = esp.source ? [{ label: `${esp.name}: SPF`, url: esp.source }] : undefined;
  const note: Fix = {
    text: `You send through ${esp.name}: your SPF record needs include:${esp.spfInclude}.`,
    ...(links ? { links } : {}),
  };
  return corrected ? [corrected, note] : [note];
}

function checkItem(input: ChecklistInput, id: CheckId): ChecklistItem {
  const raw = input.results[id];
  const result = raw && inContext(raw, input.reason);
  const alternative = input.classification.alternatives.find((alt) => alt.settleBy === id);
  const reading = alternative && `“${REASON_INFO[alternative.reason].title.toLowerCase()}”`;
  const why =
    alternative && !onPath(input, id)
      ? result?.verdict === 'unknown'
        ? `This would settle the other reading of the bounce, ${reading}, but it could not decide: ${alternative.why}`
        : `This settles the other reading of the bounce, ${reading}: ${alternative.why}`
      : whyText(id, input.entry, input.classification.provider?.name);
  if (!result) {
    return {
      id: `check:${id}`,
      kind: 'check',
      check: id,
      status: 'pending',
      title: CHECK_TITLES[id],
      why,
      fixes: [],
      links: [],
    };
  }
  const where = whereToFind(result, input.sender);
  return {
    id: `check:${id}`,
    kind: 'check',
    check: id,
    status: result.verdict,
    title: result.title || CHECK_TITLES[id],
    finding: result.finding,
    why,
    fixes: [...espFix(input.esp, result), ...result.fixes],
    ...(result.unknownReason ? { unknownReason: result.unknownReason } : {}),
    ...(result.manualCheck ? { manualCheck: result.manualCheck } : {}),
    ...(where ? { whereToFind: where } : {}),
    ...(onPath(input, id) ? { onPath: true } : {}),
    links: [],
  };
}

/** True when the tree's own path runs this check (not only an alternative's settling). */
function onPath(input: ChecklistInput, id: CheckId): boolean {
  return input.pathChecks ? input.pathChecks.includes(id) : true;
}

function permanenceOf(permanent: boolean | null): Checklist['permanence'] {
  if (permanent === null) return 'not a failure';
  return permanent ? 'permanent' : 'temporary';
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const { classification: c, outcome, tree } = input;
  const info = REASON_INFO[input.reason];
  const checkItems = input.checks.map((id) => checkItem(input, id));
  const items = orderItems([
    ...checkItems,
    ...outcome.advice.flatMap((id): ChecklistItem[] => {
      const advice = tree.advice[id];
      if (!advice) return [];
      const text = adviceFor(advice, checkItems, input.results);
      if (text === null) return [];
      return [
        {
          id: `advice:${id}`,
          kind: 'advice',
          status: 'todo',
          title: advice.title,
          why: text,
          fixes: [],
          links: advice.links ?? [],
        },
      ];
    }),
  ]);
  const counts: Record<ItemStatus, number> = {
    pass: 0,
    warn: 0,
    fail: 0,
    unknown: 0,
    pending: 0,
    todo: 0,
  };
  for (const item of items) counts[item.status]++;
  const corrected = input.reason !== c.reason;
  return {
    title: outcome.title,
    reason: input.reason,
    reasonTitle: info.title,
    corrected,
    permanence: permanenceOf(c.permanent),
    actor: corrected ? info.actor : c.actor,
    ...(c.recipient ? { recipient: c.recipient } : {}),
    ...(c.provider
      ? {
          provider: {
            name: c.provider.name,
            ...(c.provider.code ? { code: c.provider.code } : {}),
          },
        }
      : {}),
    outcome: { id: outcome.id, title: outcome.title },
    items,
    ...(outcome.message
      ? {
          message: readyMessage({
            classification: corrected ? { ...c, reason: input.reason } : c,
            to: outcome.message,
            reasonTitle: info.title,
            fromAddress: input.sender.fromAddress,
            sendingIp: input.sender.sendingIp,
          }),
        }
      : {}),
    counts,
  };
}
