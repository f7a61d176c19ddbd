import { useSyncExternalStore } from 'react';
import type { Settings } from './settings.ts';
import { useSettingsStore } from './settings-context.tsx';

export function useSettings(): Settings {
  const store = useSettingsStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
