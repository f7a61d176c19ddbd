/**
 * Stage 3, the server's own reply: the wording rules (rules/wordings) over the diagnostic text.
 * A wording that names the cause outranks the status code; a generic one only hints.
 */
import type { WordingMatch } from '../../rules/wordings/match.ts';
import type { Finding, Stage } from './types.ts';

export function wordingFinding(match: WordingMatch, where: string): Finding {
  return {
    reason: match.rule.reason,
    tier: !match.rule.weight || match.rule.weight === 'cause' ? 'cause' : 'hint',
    rule: `${where}: ${match.rule.id}`,
    text: match.matched,
    source: match.rule.source,
    attempt: match.rule.attempt,
    ...(match.rule.actor ? { actor: match.rule.actor } : {}),
  };
}

export const replyStage: Stage = {
  id: 'reply',
  run({ wordings }) {
    const found = wordings();
    const match = found.cause ?? found.hint ?? found.prefix;
    return match ? wordingFinding(match, 'the server’s words') : undefined;
  },
};

/** Local delivery programs report exit codes (RFC 3464 s2.3.6, diagnostic-type X-Unix). */
export const localProgramStage: Stage = {
  id: 'local-program',
  run({ r }, sofar) {
    if (r.diagnosticType !== 'x-unix' || sofar?.tier === 'cause') return undefined;
    return {
      reason: 'mailererror',
      tier: 'cause',
      rule: 'diagnostic type X-Unix: a local delivery program failed',
      text: r.diagnostic.slice(0, 80),
      source: 'https://www.rfc-editor.org/rfc/rfc3464#section-2.3.6',
    };
  },
};
