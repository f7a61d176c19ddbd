/**
 * Runs the checks a diagnosis calls for, all at once: their DNS questions do not depend on each
 * other, so they go out in parallel and each result is reported as soon as it is ready. A check
 * that throws (a bug, not a DNS problem) still ends as `unknown` with the reason, so the others
 * finish and nothing claims a pass it did not earn.
 */
import { checkById, type CheckId } from './checks.ts';
import type { CheckContext, CheckResult } from './types.ts';

function crashed(id: CheckId, error: unknown): CheckResult {
  const why = error instanceof Error ? error.message : String(error);
  return {
    id,
    title: id,
    verdict: 'unknown',
    finding: 'This check could not finish.',
    unknownReason: `The check stopped with an internal error: ${why}`,
    manualCheck:
      'Run the check again; if it keeps failing, check the records by hand with dig or an online DNS tool.',
    fixes: [],
    queries: [],
  };
}

/** One run: each check at most once, also when others read its result (ctx.resultOf). */
function battery(ctx: CheckContext) {
  const started = new Map<CheckId, Promise<CheckResult>>();
  const resultOf = (id: CheckId): Promise<CheckResult> => {
    let result = started.get(id);
    if (!result) {
      result = Promise.resolve()
        .then(() => checkById(id).run({ ...ctx, resultOf }))
        .catch((error: unknown) => crashed(id, error));
      started.set(id, result);
    }
    return result;
  };
  return resultOf;
}

export function runCheck(id: CheckId, ctx: CheckContext): Promise<CheckResult> {
  return battery(ctx)(id);
}

/** Run several checks in parallel; `onResult` hears each one as it finishes. */
export function runChecks(
  ids: readonly CheckId[],
  ctx: CheckContext,
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const resultOf = battery(ctx);
  return Promise.all(
    ids.map((id) =>
      resultOf(id).then((result) => {
        onResult?.(result);
        return result;
      }),
    ),
  );
}
