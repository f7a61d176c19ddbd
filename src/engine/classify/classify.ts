/**
 * classify: per failed recipient, the reason, whether it is permanent, the provider and its own
 * code, who has to act, a plain summary, and the evidence behind it all.
 */
import { collapseSpace } from '../parse/patterns.ts';
import { decide } from './decide.ts';
import { actorFor, isHardBounce, permanence, summarise } from './describe.ts';
import { familyOfDomain, fireProviderRule, recogniseProvider } from './provider.ts';
import type { InputKind, ParsedBounce, ParsedRecipient } from '../parse/types.ts';
import type { Classification, ProviderMatch } from './types.ts';

/** Diagnostics are matched lower-cased with whitespace collapsed; long ones are cut. */
const MAX_MATCH_CHARS = 4000;

/** Typographic apostrophes and quotes read as plain ones: “doesn’t” is "doesn't". */
const CURLY = /[\u2018\u2019\u201a\u201b\u2032]/g;

function matchText(r: ParsedRecipient): string {
  const text = collapseSpace(r.diagnostic.slice(0, MAX_MATCH_CHARS).toLowerCase());
  return text.includes('\u2019') || text.includes('\u2018') ? text.replace(CURLY, "'") : text;
}

export function classifyRecipient(
  r: ParsedRecipient,
  index: number,
  kind?: InputKind,
  text = matchText(r),
): Classification {
  const recognised = recogniseProvider(r, text);
  const fired = recognised ? fireProviderRule(recognised.family, text, r.command) : undefined;
  const decision = decide(r, text, recognised, fired, kind);
  const provider: ProviderMatch | null = recognised
    ? {
        id: recognised.family.id,
        name: recognised.family.name,
        code: fired?.code,
        rule: fired?.rule.id,
        meaning: fired?.rule.meaning,
        source: fired?.rule.source,
        role: fired?.rule.role ?? recognised.role,
      }
    : null;
  const permanent = permanence(decision.reason, r);
  return {
    index,
    recipient: r.address,
    reason: decision.reason,
    permanent,
    hardBounce: isHardBounce(decision.reason, permanent),
    status: r.status ?? null,
    replyCode: r.replyCode ?? null,
    provider,
    actor: actorFor(decision.reason, decision.winner?.actor),
    summary: summarise(decision.reason, r),
    evidence: decision.evidence,
    confidence: decision.confidence,
    alternatives: decision.alternatives,
    diagnostic: r.diagnostic,
    remoteMta: r.remoteMta ?? null,
    source: r,
  };
}

/** What a report says of a recipient besides its address (its domain's provider is in the key). */
const ADDRESS_FIELDS = new Set<string>(['address', 'originalRecipient', 'finalRecipient']);

/** Recipients of one diagnostic and provider but other fields: past this many, read each anew. */
const MAX_READINGS_PER_KEY = 8;

const fieldsOf = (r: ParsedRecipient) =>
  Object.entries(r).filter(([field, value]) => !ADDRESS_FIELDS.has(field) && value !== undefined);

/** Everything the report says of the two recipients, but their addresses, is the same. */
function saidTheSame(a: ParsedRecipient, b: ParsedRecipient): boolean {
  const [ours, theirs] = [fieldsOf(a), fieldsOf(b)];
  return (
    ours.length === theirs.length &&
    ours.every(([field, value]) => b[field as keyof ParsedRecipient] === value)
  );
}

/**
 * Each failed recipient classified. Recipients a report gives the same words, codes and servers
 * (a list refused as one, a report of a thousand recipients) share one reading, made once: the
 * cost follows what the bounce says, not how many addresses it repeats it for. The reading
 * depends on the address only through the provider its domain names, if any, and, when the
 * text names the address, through where it does: such a recipient is read on its own.
 */
export function classify(parsed: ParsedBounce): Classification[] {
  const texts = new Map<string, string>();
  // By diagnostic, then by the provider the domain names: a key made by joining the two would
  // copy the diagnostic (up to 8,000 characters) for every recipient.
  const readings = new Map<string, Map<string, Classification[]>>();
  return parsed.recipients.map((r, i) => {
    let text = texts.get(r.diagnostic);
    if (text === undefined) texts.set(r.diagnostic, (text = matchText(r)));
    const address = r.address.toLowerCase();
    if (address && text.includes(address)) return classifyRecipient(r, i + 1, parsed.kind, text);
    const hosting = familyOfDomain(address.slice(address.lastIndexOf('@') + 1));
    let byProvider = readings.get(r.diagnostic);
    if (!byProvider) readings.set(r.diagnostic, (byProvider = new Map()));
    const key = hosting?.id ?? '';
    const earlier = byProvider.get(key) ?? [];
    const same = earlier.find((c) => saidTheSame(c.source, r));
    if (same)
      return {
        ...same,
        index: i + 1,
        recipient: r.address,
        summary: summarise(same.reason, r),
        source: r,
      };
    const read = classifyRecipient(r, i + 1, parsed.kind, text);
    if (earlier.length < MAX_READINGS_PER_KEY) byProvider.set(key, [...earlier, read]);
    return read;
  });
}
