import { useMemo } from 'react';
import { useDnsSession } from '../dns/use-dns-session.ts';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { checkAnswers, refusingProvider, type CheckAnswers } from '../../engine/index.ts';
import { useWizardState } from '../wizard/wizard-context.tsx';
import { runKeys, useCheckResults, type CheckInput, type CheckRun } from './check-queries.ts';

/**
 * The checks the walk has planned so far, run against the resolver the settings choose; held
 * while a share link's checks wait for the person's go-ahead (with live lookups off there is
 * nothing to hold: nothing would be sent).
 */
export function useFlowChecks(flow: ReadyFlow) {
  const session = useDnsSession();
  const held = useWizardState().lookupsHeld && session.url !== null;
  // As text, so that the run below changes only when an answer the checks read changes.
  const answers = JSON.stringify(checkAnswers(flow.plan.answers));
  const provider = flow.corrected ? undefined : refusingProvider(flow.classification)?.id;
  const run: CheckRun = useMemo(() => {
    const input: CheckInput = {
      sender: flow.sender,
      ...(provider ? { provider } : {}),
      answers: JSON.parse(answers) as CheckAnswers,
      ...(flow.original ? { message: flow.original } : {}),
    };
    return { session, input, keys: runKeys(input) };
  }, [session, flow.sender, provider, answers, flow.original]);
  return { session, ...useCheckResults(flow.plan.checks, run, held) };
}
