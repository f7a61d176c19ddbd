/**
 * A family's own codes and wording in a text (its `signs`), found without a combined pattern.
 */
import { PROVIDERS } from './index.ts';
import { literalIndex } from '../rules/literal-index.ts';
import type { ProviderFamily } from './types.ts';

/** Every family's signs in registry order, each compiled as the combined pattern would read it. */
const SIGNS = PROVIDERS.flatMap((family) =>
  (family.signs ?? []).map((sign) => ({ family, pattern: new RegExp(sign.pattern.source) })),
);
const SIGN_LITERALS = literalIndex(SIGNS.map((sign) => sign.pattern));

/**
 * The leftmost sign in the text, the earlier in the registry at the same place: what one
 * pattern `sign1|sign2|…` would find, but only the signs whose literals the text holds are run
 * (one pass finds them). The combined pattern cost more than the rest of a recipient's reading
 * over a long diagnostic (irregexp tries every family at every position), and a report of a
 * thousand recipients runs it a thousand times.
 */
export function bySign(text: string) {
  let best: { family: ProviderFamily; matched: string; at: number } | undefined;
  for (const i of SIGN_LITERALS.candidates(text)) {
    const { family, pattern } = SIGNS[i]!;
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.at))
      best = { family, matched: match[0], at: match.index };
  }
  return best;
}

/** Gmail's wording for a refusal it relays from the recipient's server (its "other server"). */
const RELAYED_REFUSAL =
  /\bbut it was rejected by the (?:recipient domain|server for the recipient domain)\b[^]*?(?:the error that the other server returned was:|$)/;

/**
 * The sign of the provider that refused the mail. A provider relaying another server's refusal
 * ("Google tried to deliver your message, but it was rejected by the recipient domain … The
 * error that the other server returned was: …") wrote the notice, not the refusal: only the
 * relayed reply's own words name the receiver.
 */
export function receiverSign(text: string) {
  const relayed = RELAYED_REFUSAL.exec(text);
  return bySign(relayed ? text.slice(relayed.index + relayed[0].length) : text);
}
