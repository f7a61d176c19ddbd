import { useSyncExternalStore } from 'react';
import { batchStore, type BatchReport, type BatchState } from './batch-store.ts';

export function useBatchState(): BatchState {
  return useSyncExternalStore(batchStore.subscribe, batchStore.getState, batchStore.getState);
}

/** The summary and groups, recomputed only when the rows changed. */
export function useBatchReport(): BatchReport {
  useBatchState();
  return batchStore.report();
}
