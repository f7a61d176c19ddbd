import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Diagnosis } from '../../engine/index.ts';
import { createDiagnoseClient, type DiagnoseClient } from './diagnose-client.ts';
import { diagnosisQueryKey } from './diagnosis-query-key.ts';

/** The bounce to diagnose: its text and a short key for it (see wizard/fingerprint.ts). */
export interface DiagnosisInput {
  text: string;
  key: string;
}

let client: DiagnoseClient | undefined;

/** The fetcher: reads the bounce in the diagnose worker. */
export function getDiagnosis(text: string, signal?: AbortSignal): Promise<Diagnosis> {
  client ??= createDiagnoseClient();
  return client.diagnose(text, signal);
}

export function getDiagnosisQueryOptions(input: DiagnosisInput) {
  return queryOptions({
    queryKey: [...diagnosisQueryKey, input.key] as const,
    queryFn: ({ signal }) => getDiagnosis(input.text, signal),
    // The same text always reads the same way: never refetch it in the background.
    staleTime: Infinity,
    // A timeout or a parser error will not go away by asking again.
    retry: false,
  });
}

export function useDiagnosis(input: DiagnosisInput) {
  return useQuery(getDiagnosisQueryOptions(input));
}
