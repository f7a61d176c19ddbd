/**
 * Stage 1, the report type: what the report itself declares — a complaint (ARF), an
 * auto-reply, a delivery, an address the sending service suppressed. Nothing else outranks it.
 */
import { matchWordings } from '../../rules/wordings/match.ts';
import type { Reason } from '../../vocabulary/reasons.ts';
import type { Finding, Stage } from './types.ts';

const DECLARED: ReadonlySet<string> = new Set<Reason>([
  'feedback',
  'vacation',
  'delivered',
  'suppressed',
]);

export const reportStage: Stage = {
  id: 'report',
  run({ r, prose }) {
    let hint = r.hint;
    // An auto-reply that is really a complaint or Apple Mail's unsubscribe request.
    if (
      hint === 'vacation' &&
      r.context &&
      matchWordings(prose()).cause?.rule.reason === 'feedback'
    )
      hint = 'feedback';
    if (hint && DECLARED.has(hint))
      return declared(hint as Reason, `the report says: ${hint}`, r.hintText ?? r.diagnostic);
    if (r.action === 'delivered' || r.status?.startsWith('2.'))
      return declared(
        'delivered',
        'delivery status 2.x.x / Action: delivered',
        r.status ?? r.action ?? '',
      );
    return undefined;
  },
};

function declared(reason: Reason, rule: string, text: string): Finding {
  return { reason, tier: 'declared', rule, text: text.slice(0, 200) };
}
