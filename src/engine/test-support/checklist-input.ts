/** A checklist input for a bounce's text, walked through the tree with the given answers. */
import { diagnose } from '../diagnose.ts';
import type { ChecklistInput } from '../report/build.ts';
import { answer, plan, start, TREE } from '../tree/index.ts';

export async function checklistInputFor(
  text: string,
  answers: string[] = [],
): Promise<ChecklistInput> {
  const c = (await diagnose(text)).results[0];
  if (!c) throw new Error('no classification');
  let state = start(TREE, {
    reason: c.reason,
    providerId: c.provider?.id,
    codes: [c.provider?.code, c.status],
    settleBy: c.alternatives.map((alt) => alt.settleBy),
  });
  for (const value of answers) state = answer(TREE, state, value);
  const p = plan(TREE, state);
  if (!p.outcome) throw new Error('walk did not end');
  return {
    tree: TREE,
    classification: c,
    reason: c.reason,
    entry: state.entry,
    outcome: p.outcome,
    checks: p.checks,
    pathChecks: p.pathChecks,
    results: {},
    sender: { fromAddress: 'news@example.com' },
  };
}
