import type { ParsedBounce } from '../parse/types.ts';
import type { Classification } from './types.ts';

// First cut: class digit only. Replaced by the rule tables in the following commits.
export function classify(parsed: ParsedBounce): Classification[] {
  return parsed.recipients.map((r, i) => {
    const permanent = (r.status ?? String(r.replyCode ?? ''))[0] === '5';
    return {
      index: i + 1,
      recipient: r.address,
      reason: 'undefined',
      hardBounce: permanent,
      status: r.status ?? null,
      replyCode: r.replyCode ?? null,
      provider: null,
      actor: 'sender',
      summary: permanent ? 'The message was refused permanently.' : 'Delivery was delayed.',
      evidence: [],
      confidence: 'low',
      alternatives: [],
      diagnostic: r.diagnostic,
      remoteMta: r.remoteMta ?? null,
      source: r,
    };
  });
}
