import type { LargeTextName, LargeTexts } from './large-texts.ts';
import { largeTextsOf, loadWizard, saveWizard, type StorageLike } from './wizard-storage.ts';
import {
  initialWizardState,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state.ts';

export interface WizardStore {
  getState(): WizardState;
  dispatch(action: WizardAction): void;
  subscribe(listener: () => void): () => void;
  /** Where texts too large for sessionStorage are kept: IndexedDB, or nowhere. */
  readonly largeTextsKept: boolean;
}

export interface WizardStoreOptions {
  /** The state to start from (read with loadWizardWithTexts); by default read from `storage`. */
  initial?: WizardState;
  /** Where texts too large for `storage` go; none: they are lost on a reload. */
  texts?: LargeTexts | null;
}

/**
 * Writes the large texts that changed since the last time, and deletes those that went; what
 * the store started from is already there.
 */
function largeTextWriter(texts: LargeTexts, initial: WizardState) {
  const written = new Map(Object.entries(largeTextsOf(initial))) as Map<LargeTextName, string>;
  return (state: WizardState) => {
    if (state === initialWizardState) {
      written.clear();
      void texts.clear();
      return;
    }
    const now = largeTextsOf(state);
    for (const name of ['draft', 'bounce'] as const) {
      const text = now[name];
      if (text === written.get(name)) continue;
      if (text === undefined) {
        written.delete(name);
        void texts.remove(name);
      } else {
        written.set(name, text);
        void texts.put(name, text);
      }
    }
  };
}

/** How long typing may pause before the draft is written to storage. */
const SAVE_DELAY_MS = 250;

/**
 * A tiny external store for useSyncExternalStore, usable outside React too (the router's
 * loaders dispatch into it). Writes to storage are debounced while typing and flushed when the
 * page is hidden or unloaded, so a reload never loses what was typed.
 */
export function createWizardStore(
  storage: StorageLike | null,
  options: WizardStoreOptions = {},
): WizardStore {
  let state = options.initial ?? loadWizard(storage);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const texts = options.texts ?? null;
  const writeLarge = texts ? largeTextWriter(texts, state) : () => undefined;

  const save = () => {
    saveWizard(storage, state, texts);
    writeLarge(state);
  };

  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save();
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    largeTextsKept: texts !== null,
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
        save();
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
