/**
 * One react-query query per check: each result shows as soon as it is ready (STYLE.md:
 * queryOptions factories beside the feature). The DNS stack under them caches answers for
 * their TTL and shares identical questions, so a check that needs another's records (the
 * bulk-sender rules need SPF, DKIM, DMARC) asks nothing twice.
 */
import { queryOptions, useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  CHECKS_READING_ANSWERS,
  runCheck,
  type CheckContext,
  type CheckId,
  type CheckResult,
} from '../../engine/index.ts';
import type { DnsSession } from '../dns/dns-session.ts';
import { fingerprint } from '../wizard/fingerprint.ts';
import { checksQueryKey } from './checks-query-key.ts';

/** What the checks read besides DNS: the resolver and fetchText come from the session. */
export type CheckInput = Pick<CheckContext, 'sender' | 'provider' | 'answers' | 'message'>;

export interface CheckRun {
  session: DnsSession;
  input: CheckInput;
  /** Fingerprints for the query keys, computed once per run (the message can be megabytes). */
  keys: { inputs: string; answers: string; message: string };
}

/**
 * What a check's result depends on: only the content check reads the message, and only the
 * checks that read an answer get the answers, so changing one runs only those again.
 */
export function runKeys(input: CheckInput): CheckRun['keys'] {
  const { message, answers, ...rest } = input;
  return {
    inputs: fingerprint(JSON.stringify(rest)),
    answers: fingerprint(JSON.stringify(answers ?? {})),
    message: fingerprint(message ?? ''),
  };
}

const readsAnswers = (id: CheckId) => CHECKS_READING_ANSWERS.includes(id);

export function getCheck(id: CheckId, run: CheckRun): Promise<CheckResult> {
  const { stack, fetchText } = run.session;
  const { answers, ...input } = run.input;
  return runCheck(id, {
    ...input,
    ...(answers && readsAnswers(id) ? { answers } : {}),
    resolver: stack.resolver,
    ...(fetchText ? { fetchText } : {}),
  });
}

export function checkQueryOptions(id: CheckId, run: CheckRun) {
  const { keys } = run;
  const inputs = [
    keys.inputs,
    readsAnswers(id) ? keys.answers : '',
    id === 'content' ? keys.message : '',
  ].join(':');
  return queryOptions({
    queryKey: [...checksQueryKey, id, run.session.key, inputs] as const,
    // The signal is not passed on: a check keeps running while the person moves between
    // steps, and its result is waiting for them.
    queryFn: () => getCheck(id, run),
    staleTime: Infinity,
    retry: false,
  });
}

export interface CheckResults {
  results: Partial<Record<CheckId, CheckResult>>;
  running: CheckId[];
  /** When the last of the results came in (ms since the epoch); undefined while none has. */
  checkedAt: number | undefined;
  /** The checks wait for the person's go-ahead: nothing runs, nothing is sent. */
  held: boolean;
  /** Forget cached DNS answers and run every check again ("I fixed it: check again"). */
  recheck(): Promise<void>;
}

export function useCheckResults(
  ids: readonly CheckId[],
  run: CheckRun,
  held = false,
): CheckResults {
  const queryClient = useQueryClient();
  const queries = useQueries({
    queries: ids.map((id) => ({ ...checkQueryOptions(id, run), enabled: !held })),
  });
  const { session } = run;
  const recheck = useCallback(async () => {
    session.stack.clearCache();
    await queryClient.resetQueries({ queryKey: checksQueryKey });
  }, [queryClient, session]);
  const results: Partial<Record<CheckId, CheckResult>> = {};
  queries.forEach((query, index) => {
    const id = ids[index];
    if (id && query.data) results[id] = query.data;
  });
  const running = held ? [] : ids.filter((_, index) => !queries[index]?.data);
  const times = queries.filter((query) => query.data).map((query) => query.dataUpdatedAt);
  const checkedAt = times.length > 0 ? Math.max(...times) : undefined;
  return { results, running, held, checkedAt, recheck };
}
