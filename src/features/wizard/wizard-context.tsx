import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { WizardStore } from './wizard-store.ts';
import type { WizardAction, WizardState } from './wizard-state.ts';

const WizardContext = createContext<WizardStore | null>(null);

export function WizardProvider({ store, children }: { store: WizardStore; children: ReactNode }) {
  return <WizardContext value={store}>{children}</WizardContext>;
}

function useWizardStore(): WizardStore {
  const store = useContext(WizardContext);
  if (!store) throw new Error('useWizard* must be used inside <WizardProvider>.');
  return store;
}

export function useWizardState(): WizardState {
  const store = useWizardStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

export function useWizardDispatch(): (action: WizardAction) => void {
  return useWizardStore().dispatch;
}

/** Whether texts too large for sessionStorage survive a reload (kept in IndexedDB). */
export function useLargeTextsKept(): boolean {
  return useWizardStore().largeTextsKept;
}
