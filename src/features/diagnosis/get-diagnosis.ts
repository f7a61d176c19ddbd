import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Diagnosis } from '../../engine/index.ts';
import type { DiagnoseClient } from './diagnose-client.ts';
import { diagnosisQueryKey } from './diagnosis-query-key.ts';

/** The bounce to diagnose: its text and a short key for it (see wizard/fingerprint.ts). */
export interface DiagnosisInput {
  text: string;
  key: string;
}

/** The app's reader of bounces (its worker): createApp makes one per app. */
export const DiagnoseClientContext = createContext<DiagnoseClient | null>(null);

export function getDiagnosisQueryOptions(client: DiagnoseClient, input: DiagnosisInput) {
  return queryOptions({
    queryKey: [...diagnosisQueryKey, input.key] as const,
    queryFn: ({ signal }): Promise<Diagnosis> => client.diagnose(input.text, signal),
    // The same text always reads the same way: never refetch it in the background.
    staleTime: Infinity,
    // A timeout or a parser error will not go away by asking again.
    retry: false,
  });
}

export function useDiagnosis(input: DiagnosisInput) {
  const client = useContext(DiagnoseClientContext);
  if (!client) throw new Error('No diagnose client: render inside <App> (createApp provides one).');
  return useQuery(getDiagnosisQueryOptions(client, input));
}
