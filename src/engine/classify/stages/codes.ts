/**
 * Stages 4 and 5: the enhanced status code's registered meaning (RFC 3463), then the basic
 * reply code (RFC 5321 s4.2.3) for the few codes that name a cause by themselves.
 */
import { statusFact } from '../../rules/status-codes.ts';
import type { Reason } from '../../vocabulary/reasons.ts';
import type { Stage } from './types.ts';

export const statusStage: Stage = {
  id: 'status',
  run({ r }) {
    const fact = statusFact(r.status);
    const reason = (r.status?.startsWith('4.') && fact?.transient) || fact?.reason;
    if (!reason) return undefined;
    return {
      reason,
      tier: 'class',
      rule: `status ${r.status}: ${fact.title}`,
      text: r.status!,
      source: fact.source,
    };
  },
};

const REPLY_CODE_REASONS: Partial<Record<number, Reason>> = {
  551: 'hasmoved',
  552: 'mailboxfull',
  452: 'mailboxfull',
  521: 'notaccept',
  556: 'notaccept',
  530: 'securityerror',
  535: 'securityerror',
  500: 'syntaxerror',
  501: 'syntaxerror',
  503: 'syntaxerror',
};

export const replyCodeStage: Stage = {
  id: 'reply-code',
  run({ r }) {
    const reason = r.replyCode ? REPLY_CODE_REASONS[r.replyCode] : undefined;
    if (!reason) return undefined;
    return {
      reason,
      tier: 'hint',
      rule: `reply code ${r.replyCode}`,
      text: String(r.replyCode),
      source: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3',
    };
  },
};
