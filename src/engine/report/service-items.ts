/**
 * Checklist items for the sending service the person chose (or the bounce showed): what the
 * service already did with this bounce and how to undo it once the cause is fixed, where in the
 * service the fix is made (domain authentication with its records, the return path), and who
 * handles a block of its shared IPs. Only what the service's data says, for this reason family.
 */
import type { CheckId, CheckResult, Fix } from '../checks/types.ts';
import type { Classification, Reason } from '../classify/types.ts';
import { fillTemplate, filledRecords, type Fill } from '../senders/fill.ts';
import type { SendingService, ServiceText } from '../senders/types.ts';
import { reasonFamily } from '../vocabulary/reasons.ts';
import type { ChecklistItem } from './types.ts';

export interface ServiceItemsInput {
  service: SendingService;
  classification: Classification;
  reason: Reason;
  /** The From domain, for the records; the failed address, for the texts. */
  fill: Fill;
  results: Partial<Record<CheckId, CheckResult>>;
}

const failed = (result: CheckResult | undefined) =>
  result?.verdict === 'fail' || result?.verdict === 'warn';

/** What the service did: suppressed, retried, recorded a block, or did not send at all. */
function suppressionText(
  input: ServiceItemsInput,
): { text: ServiceText; undo: boolean } | undefined {
  const s = input.service.suppression;
  if (!s) return undefined;
  const family = reasonFamily(input.reason);
  const c = input.classification;
  if (input.reason === 'suppressed')
    return s.suppressed ? { text: s.suppressed, undo: true } : undefined;
  if (c.hardBounce || family === 'address')
    return s.hard ? { text: s.hard, undo: true } : undefined;
  if (c.permanent === false) return s.soft ? { text: s.soft, undo: false } : undefined;
  if (c.permanent && (family === 'sender' || family === 'content' || family === 'authentication'))
    return s.block ? { text: s.block, undo: false } : undefined;
  return undefined;
}

function suppressionItem(input: ServiceItemsInput): ChecklistItem | undefined {
  const found = suppressionText(input);
  const s = input.service.suppression;
  if (!found || !s) return undefined;
  const fill = (text: string) => fillTemplate(text, input.service, input.fill);
  const fixes: Fix[] = found.undo
    ? [
        {
          text: `Once the address works again (or if it was suppressed by mistake): ${fill(s.remove)}`,
          links: [s.link],
        },
      ]
    : [];
  return {
    id: 'service:suppression',
    kind: 'service',
    status: 'todo',
    title: fill(found.text.title),
    why: fill(found.text.text),
    fixes,
    links: found.undo ? [] : [s.link],
  };
}

function authenticationItem(input: ServiceItemsInput): ChecklistItem | undefined {
  const auth = input.service.authentication;
  if (!auth) return undefined;
  const { results } = input;
  const wanted =
    input.reason === 'authfailure' || failed(results.dkim) || results.dmarc?.verdict === 'fail';
  if (!wanted) return undefined;
  const name = input.service.name;
  const domain = input.fill.domain;
  const records = filledRecords(auth.records, input.service, input.fill);
  const fixes: Fix[] = records.map((record) => ({
    text: `${record.type} record ${name} asks for (the parts in angle brackets are your account’s: copy the exact values from ${name}’s page):`,
    record,
  }));
  if (auth.returnPath) {
    for (const record of filledRecords(auth.returnPath.records, input.service, input.fill)) {
      fixes.push({
        text: `${fillTemplate(auth.returnPath.text, input.service, input.fill)} Its record:`,
        record,
      });
    }
  }
  return {
    id: 'service:authenticate',
    kind: 'service',
    status: 'todo',
    title: `Turn on domain authentication in ${name}`,
    why: `${name} signs your mail with DKIM for ${domain ?? 'your domain'} once the domain is authenticated in ${auth.where}; receivers then see a signature that aligns with your From address. Publish the records its page shows; they have this shape.`,
    fixes,
    links: [
      auth.page,
      { label: `${name}: how domain authentication works`, url: input.service.source },
    ],
  };
}

function ipItem(input: ServiceItemsInput): ChecklistItem | undefined {
  const ips = input.service.ips;
  const family = reasonFamily(input.reason);
  if (!ips || family !== 'sender' || input.reason === 'norelaying') return undefined;
  return {
    id: 'service:ips',
    kind: 'service',
    status: 'todo',
    title: `Shared or dedicated IP at ${input.service.name}`,
    why: fillTemplate(ips.text, input.service, input.fill),
    fixes: [],
    links: [ips.support],
  };
}

export function serviceItems(input: ServiceItemsInput): ChecklistItem[] {
  return [authenticationItem(input), suppressionItem(input), ipItem(input)].filter(
    (item): item is ChecklistItem => item !== undefined,
  );
}
