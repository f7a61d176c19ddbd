import { useMemo } from 'react';
import { useDnsSession } from '../dns/use-dns-session.ts';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { runKeys, useCheckResults, type CheckRun } from './check-queries.ts';

/** The checks the walk has planned so far, run against the resolver the settings choose. */
export function useFlowChecks(flow: ReadyFlow) {
  const session = useDnsSession();
  const bulkAnswer = flow.plan.answers.find((a) => a.question === 'bulk')?.answer;
  const provider = flow.corrected ? undefined : flow.classification.provider?.id;
  const run: CheckRun = useMemo(() => {
    const options: CheckRun['options'] = {
      ...(provider ? { provider } : {}),
      ...(bulkAnswer === 'yes' ? { bulk: true } : bulkAnswer === 'no' ? { bulk: false } : {}),
      ...(flow.original ? { message: flow.original } : {}),
    };
    return { session, sender: flow.sender, options, keys: runKeys(flow.sender, options) };
  }, [session, flow.sender, provider, bulkAnswer, flow.original]);
  return { session, ...useCheckResults(flow.plan.checks, run) };
}
