/**
 * classify: per failed recipient, the reason, whether it is permanent, the provider and its own
 * code, who has to act, a plain summary, and the evidence behind it all.
 */
import { collapseSpace } from '../parse/patterns.ts';
import { decide } from './decide.ts';
import { actorFor, isHardBounce, permanence, summarise } from './describe.ts';
import { fireProviderRule, recogniseProvider } from './provider.ts';
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

/**
 * What the reading of a recipient depends on besides its address: everything the report says of
 * it, and the address's domain (a sign of its provider). Undefined when the text names the
 * address, which then points at the part of the text that is this recipient's own.
 */
function readingKey(r: ParsedRecipient, text: string): string | undefined {
  const address = r.address.toLowerCase();
  if (address && text.includes(address)) return undefined;
  const { address: _address, originalRecipient: _original, finalRecipient: _final, ...rest } = r;
  return JSON.stringify([address.slice(address.lastIndexOf('@') + 1), rest]);
}

/**
 * Each failed recipient classified. Recipients a report gives the same words, codes and servers
 * (a list refused as one, a report of a thousand recipients) share one reading, made once: the
 * cost follows what the bounce says, not how many addresses it repeats it for.
 */
export function classify(parsed: ParsedBounce): Classification[] {
  const readings = new Map<string, Classification>();
  return parsed.recipients.map((r, i) => {
    const text = matchText(r);
    const key = readingKey(r, text);
    const same = key === undefined ? undefined : readings.get(key);
    if (same)
      return {
        ...same,
        index: i + 1,
        recipient: r.address,
        summary: summarise(same.reason, r),
        source: r,
      };
    const read = classifyRecipient(r, i + 1, parsed.kind, text);
    if (key !== undefined) readings.set(key, read);
    return read;
  });
}
