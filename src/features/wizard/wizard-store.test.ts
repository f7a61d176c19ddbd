import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWizardStore } from './wizard-store.ts';
import { STORAGE_KEY, type StorageLike } from './wizard-storage.ts';

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
});
