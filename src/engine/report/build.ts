/**
 * From the diagnosis, the tree's outcome and the check results (some still running) to the
 * checklist. Pure: the UI calls it again as each result streams in.
 */
import type { CheckId, CheckResult, Fix, SenderDetails } from '../checks/types.ts';
import type { AddressDetails } from '../checks/address/run.ts';
import type { Classification, Reason } from '../classify/types.ts';
import { refusingProvider } from '../classify/refusing-provider.ts';
import { forwardingAdvice, type ForwardingAdvice } from '../forwarding/advice.ts';
import { forwardingByMx, type Forwarding } from '../forwarding/detect.ts';
import { isStillTrying, REASON_INFO, reasonWords } from '../rules/reason-info.ts';
import { serviceBounceName } from '../senders/bounce-name.ts';
import type { Recognition } from '../senders/recognise.ts';
import type { SendingService } from '../senders/types.ts';
import type { DecisionTree, OutcomeNode } from '../tree/types.ts';
import { reasonFamily } from '../vocabulary/reasons.ts';
import { adviceFor } from './advice-fit.ts';
import { movedTo } from '../classify/moved-to.ts';
import { inContext, whereToFind } from './in-context.ts';
import { readyMessage } from './message.ts';
import { adminNote } from './notes/admin-note.ts';
import { customerNotes } from './notes/customer-note.ts';
import { orderItems } from './order.ts';
import { serviceItems } from './service-items.ts';
import { spfRecordFixes } from './spf-record.ts';
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
  /** The sending service chosen on the sender step (pre-filled from the bounce). */
  service?: SendingService;
  /** Other services the domain sends through: their SPF includes go into the one record. */
  services?: readonly SendingService[];
  /** How the bounce showed that service, when it is the one the person kept. */
  recognition?: Pick<Recognition, 'how' | 'strength'>;
  /** A forward, list or relay the bounce shows (forwarding/detect.ts). */
  forwarding?: Forwarding;
}

/** A forward seen in the bounce, else one the recipient domain's MX gives away. */
function forwardingOf(input: ChecklistInput): Forwarding | undefined {
  if (input.forwarding) return input.forwarding;
  const details = input.results.address?.details as AddressDetails | undefined;
  return forwardingByMx(details?.mx?.records.map((record) => record.exchange) ?? []);
}

const isAuth = (reason: Reason) =>
  reason === 'authfailure' || reasonFamily(reason) === 'authentication';

/** The SPF item's fixes: one merged record; under a forward, a word on why SPF failed. */
function spfFixes(input: ChecklistInput, result: CheckResult, forwarding?: Forwarding): Fix[] {
  const fixes = spfRecordFixes(result, {
    service: input.service,
    ...(input.services ? { services: input.services } : {}),
    forwarding,
  });
  if (!forwarding || result.verdict === 'pass' || !isAuth(input.reason)) return fixes;
  return [
    {
      text: `The message was forwarded by ${forwarding.forwarder}: the final server checked SPF against the forwarder’s server, so adding it to your record would not help (see the forwarding item).`,
    },
    ...fixes,
  ];
}

function checkItem(input: ChecklistInput, id: CheckId, forwarding?: Forwarding): ChecklistItem {
  const raw = input.results[id];
  const result = raw && inContext(raw, input.reason);
  const alternative = input.classification.alternatives.find((alt) => alt.settleBy === id);
  const reading = alternative && `“${REASON_INFO[alternative.reason].title.toLowerCase()}”`;
  const why =
    alternative && !onPath(input, id)
      ? result?.verdict === 'unknown'
        ? `This would settle the other reading of the bounce, ${reading}, but it could not decide: ${alternative.why}`
        : `This settles the other reading of the bounce, ${reading}: ${alternative.why}`
      : whyText(input.tree, id, input.entry, refusingProvider(input.classification)?.name);
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
    fixes: id === 'spf' ? spfFixes(input, result, forwarding) : result.fixes,
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

function forwardingItem(advice: ForwardingAdvice, reason: Reason): ChecklistItem {
  return {
    id: 'forwarding:ask',
    kind: 'forwarding',
    status: 'todo',
    title: isAuth(reason)
      ? `Ask ${advice.who} to fix the forwarding`
      : `Ask ${advice.who} about the forwarding`,
    why: advice.summary,
    fixes: advice.fixes,
    links: [],
  };
}

/** The new address a "has moved" reply names: where to write now, once the person confirms it. */
function newAddressItem(address: string): ChecklistItem {
  return {
    id: 'advice:write-to-new-address',
    kind: 'advice',
    status: 'todo',
    title: 'Write to the new address the server gave',
    why: `The receiving server says this person now receives mail at ${address}. Confirm it with them if you can, update your records, then send the message there.`,
    fixes: [],
    links: [
      {
        label: 'RFC 5321 s3.4: the forward-path a 551 reply names',
        url: 'https://www.rfc-editor.org/rfc/rfc5321#section-3.4',
      },
    ],
  };
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const { classification: c, outcome, tree } = input;
  const info = reasonWords(input.reason, isStillTrying(c.source));
  const forwarding = forwardingOf(input);
  const forwardAdvice = forwarding ? forwardingAdvice(forwarding, input.reason) : undefined;
  const address = c.recipient || input.sender.recipient || undefined;
  const service = input.service;
  const others = (input.services ?? []).filter((other) => other.id !== service?.id);
  const corrected = input.reason !== c.reason;
  const actor = corrected ? info.actor : c.actor;
  const newAddress = movedTo({ ...c, reason: input.reason });
  const checkItems = input.checks.map((id) => checkItem(input, id, forwarding));
  const items = orderItems([
    ...(forwardAdvice ? [forwardingItem(forwardAdvice, input.reason)] : []),
    ...checkItems,
    ...(service
      ? serviceItems({
          service,
          classification: c,
          reason: input.reason,
          fill: { address, domain: input.sender.fromDomain },
          results: input.results,
        })
      : []),
    ...(newAddress ? [newAddressItem(newAddress)] : []),
    ...outcome.advice.flatMap((id): ChecklistItem[] => {
      const advice = tree.advice[id];
      if (!advice) return [];
      const text = adviceFor(advice, checkItems, input.results, actor);
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
  const reasoned = corrected ? { ...c, reason: input.reason } : c;
  const bounceName = service ? serviceBounceName(service, reasoned) : undefined;
  const permanence = permanenceOf(c.permanent);
  return {
    title: outcome.title,
    reason: input.reason,
    reasonTitle: info.title,
    corrected,
    permanence,
    actor,
    ...(address ? { recipient: address } : {}),
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
            classification: reasoned,
            to: outcome.message,
            reasonTitle: info.title,
            recipient: address,
            fromAddress: input.sender.fromAddress,
            sendingIp: input.sender.sendingIp,
          }),
        }
      : {}),
    ...(service
      ? {
          service: {
            id: service.id,
            name: service.name,
            ...(input.recognition ?? {}),
            ...(bounceName ? { bounceName } : {}),
          },
        }
      : {}),
    ...(others.length > 0 ? { otherServices: others.map(({ id, name }) => ({ id, name })) } : {}),
    ...(forwarding && forwardAdvice
      ? {
          forwarding: {
            forwarder: forwarding.forwarder,
            who: forwardAdvice.who,
            summary: forwardAdvice.summary,
          },
        }
      : {}),
    notes: {
      admin: adminNote({
        classification: c,
        reason: input.reason,
        address,
        fromAddress: input.sender.fromAddress,
        sendingIp: input.sender.sendingIp,
        actor,
        permanence,
        service: service
          ? {
              name: service.name,
              ...(bounceName
                ? {
                    bounceName: `${bounceName.field} ${bounceName.name}${bounceName.fromBounce ? '' : ' (our reading)'}`,
                  }
                : {}),
            }
          : undefined,
        forwarding: forwardAdvice,
        newAddress,
        items,
      }),
      // A list re-sends to its members rather than forwarding the address: the reason's words fit.
      customer: customerNotes({
        reason: input.reason,
        address,
        forwarded: forwarding !== undefined && forwarding.by !== 'list',
        stillTrying: isStillTrying(c.source),
        newAddress,
      }),
    },
    counts,
  };
}
