import { loadWizard, saveWizard, type StorageLike } from './wizard-storage.ts';
import { wizardReducer, type WizardAction, type WizardState } from './wizard-state.ts';

export interface WizardStore {
  getState(): WizardState;
  dispatch(action: WizardAction): void;
  subscribe(listener: () => void): () => void;
}

/** How long typing may pause before the draft is written to storage. */
const SAVE_DELAY_MS = 250;

/**
 * A tiny external store for useSyncExternalStore, usable outside React too (the router's
 * loaders dispatch into it). Writes to storage are debounced while typing and flushed when the
 * page is hidden or unloaded, so a reload never loses what was typed.
 */
export function createWizardStore(storage: StorageLike | null): WizardStore {
  let state = loadWizard(storage);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    saveWizard(storage, state);
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    getState: () => state,
    dispatch(action) {
      const next = wizardReducer(state, action);
      if (next === state) return;
      state = next;
      if (timer !== undefined) clearTimeout(timer);
      if (action.type === 'draft-changed' || action.type === 'sender-changed') {
        timer = setTimeout(flush, SAVE_DELAY_MS);
      } else {
        // Submitting and "Start over" are single clicks: save (or clear) right away.
        timer = undefined;
        saveWizard(storage, state);
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** sessionStorage when the browser lets us use it (sandboxed iframes may not). */
export function sessionStorageOrNull(): StorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
