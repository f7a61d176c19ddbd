/**
 * Stage 2, the provider's own code or wording: the provider knows what it meant
 * (AS(201806281) is an unknown address whatever "Access denied" suggests).
 */
import type { Stage } from './types.ts';

export const providerStage: Stage = {
  id: 'provider',
  run({ provider, fired }) {
    if (!provider || !fired?.rule.reason) return undefined;
    return {
      reason: fired.rule.reason,
      tier: 'cause',
      rule: `${provider.family.name}${fired.code ? ` ${fired.code}` : ''}`,
      text: fired.matched,
      source: fired.rule.source,
      actor: fired.rule.actor,
      alternatives: fired.rule.alternatives,
    };
  },
};
