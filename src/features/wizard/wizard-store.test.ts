import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWizardStore } from './wizard-store.ts';
import { memoryTexts } from './large-texts.ts';
import {
  MAX_KEPT_CHARS,
  STORAGE_KEY,
  loadWizardWithTexts,
  type StorageLike,
} from './wizard-storage.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('createWizardStore', () => {
  afterEach(() => vi.useRealTimers());

  it('notifies subscribers and saves a submitted bounce at once', () => {
    const storage = memoryStorage();
    const store = createWizardStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'diagnose', text: '550 5.1.1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(storage.data.get(STORAGE_KEY)).toContain('550 5.1.1');
  });

  it('debounces saving while typing', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = createWizardStore(storage);
    store.dispatch({ type: 'draft-changed', text: '5' });
    store.dispatch({ type: 'draft-changed', text: '55' });
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    vi.runAllTimers();
    expect(storage.data.get(STORAGE_KEY)).toContain('"55"');
  });

  it('restores what was saved and clears it on reset', () => {
    const storage = memoryStorage();
    createWizardStore(storage).dispatch({ type: 'diagnose', text: 'kept' });
    const again = createWizardStore(storage);
    expect(again.getState().bounce?.text).toBe('kept');
    again.dispatch({ type: 'reset' });
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('keeps texts too large for sessionStorage in IndexedDB, and clears them on reset', async () => {
    const storage = memoryStorage();
    const texts = memoryTexts();
    const huge = 'x'.repeat(MAX_KEPT_CHARS + 1);
    const store = createWizardStore(storage, { texts });
    expect(store.largeTextsKept).toBe(true);
    store.dispatch({ type: 'diagnose', text: huge });
    expect(texts.data.get('draft')).toBe(huge);
    expect(storage.data.get(STORAGE_KEY)?.length).toBeLessThan(1000);

    const initial = await loadWizardWithTexts(storage, texts);
    expect([initial.draft, initial.bounce?.text, initial.lostOnReload]).toEqual([
      huge,
      huge,
      false,
    ]);
    const again = createWizardStore(storage, { initial, texts });
    again.dispatch({ type: 'reset' });
    expect(texts.data.size).toBe(0);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('deletes a large text once it is small again', () => {
    const texts = memoryTexts();
    const store = createWizardStore(memoryStorage(), { texts });
    store.dispatch({ type: 'diagnose', text: 'x'.repeat(MAX_KEPT_CHARS + 1) });
    store.dispatch({ type: 'diagnose', text: '550 5.1.1' });
    expect(texts.data.size).toBe(0);
  });
});
