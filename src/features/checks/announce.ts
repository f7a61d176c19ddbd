import type { CheckId, CheckResult } from '../../engine/index.ts';
import { STATUS_TEXT } from './status-badge.tsx';

/** The sentence the status region reads out as results arrive. */
export function announceChecks(
  ids: readonly CheckId[],
  results: Partial<Record<CheckId, CheckResult>>,
  held = false,
): string {
  if (ids.length === 0) return 'No DNS check is needed for this bounce.';
  if (held)
    return ids.length === 1
      ? 'The check waits for you to run it.'
      : `The ${ids.length} checks wait for you to run them.`;
  const done = ids.map((id) => results[id]).filter((r): r is CheckResult => r !== undefined);
  if (done.length < ids.length) {
    return `${done.length} of ${ids.length} checks finished.`;
  }
  const count = (verdict: CheckResult['verdict']) =>
    done.filter((r) => r.verdict === verdict).length;
  const parts = (['fail', 'warn', 'unknown', 'pass'] as const)
    .filter((verdict) => count(verdict) > 0)
    .map((verdict) => `${count(verdict)} ${STATUS_TEXT[verdict].toLowerCase()}`);
  return `All ${ids.length} checks finished: ${parts.join(', ')}.`;
}
