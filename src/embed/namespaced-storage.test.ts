import { describe, expect, it } from 'vitest';
import { createWizardStore } from '../features/wizard/wizard-store.ts';
import { STORAGE_KEY, type StorageLike } from '../features/wizard/wizard-storage.ts';
import { namespacedStorage } from './namespaced-storage.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('namespacedStorage', () => {
  it("keeps each embed's wizard apart from the app's and from each other", () => {
    const session = memoryStorage();
    session.setItem(STORAGE_KEY, 'the standalone app');
    createWizardStore(namespacedStorage(session, 'a')).dispatch({ type: 'diagnose', text: 'A' });
    createWizardStore(namespacedStorage(session, 'b')).dispatch({ type: 'diagnose', text: 'B' });

    expect(session.data.get(STORAGE_KEY)).toBe('the standalone app');
    expect([...session.data.keys()].sort()).toEqual([
      `bounce-doctor:embed:a:${STORAGE_KEY}`,
      `bounce-doctor:embed:b:${STORAGE_KEY}`,
      STORAGE_KEY,
    ]);
    expect(createWizardStore(namespacedStorage(session, 'a')).getState().bounce?.text).toBe('A');
  });

  it('is no storage when there is none', () => {
    expect(namespacedStorage(null, 'a')).toBeNull();
  });
});
