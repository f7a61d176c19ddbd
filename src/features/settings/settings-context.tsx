import { createContext, useContext } from 'react';
import { settingsStore, type SettingsStore } from './settings.ts';

/**
 * The settings store the app reads and writes: the page's own (localStorage), or an embed's,
 * which starts from the host page's attributes and never writes the host page's storage.
 */
export const SettingsContext = createContext<SettingsStore>(settingsStore);

export function useSettingsStore(): SettingsStore {
  return useContext(SettingsContext);
}
