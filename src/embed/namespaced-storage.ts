import type { StorageLike } from '../features/wizard/wizard-storage.ts';

/**
 * A storage whose keys all start with `bounce-doctor:embed:<name>:`, so that an embed never
 * reads or overwrites the standalone app's state on the same origin, nor another embed's.
 */
export function namespacedStorage(storage: StorageLike | null, name: string): StorageLike | null {
  if (!storage) return null;
  const key = (inner: string) => `bounce-doctor:embed:${name}:${inner}`;
  return {
    getItem: (inner) => storage.getItem(key(inner)),
    setItem: (inner, value) => storage.setItem(key(inner), value),
    removeItem: (inner) => storage.removeItem(key(inner)),
  };
}
