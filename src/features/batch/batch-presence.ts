/**
 * Whether a batch is open, and how many recipients it has: the one fact the layout needs for its
 * "Back to the batch" link. Kept apart from the batch store so that the first page's bundle does
 * not carry the engine.
 */
type Listener = () => void;

const META_KEY = 'bounce-doctor:batch-meta';

/** After a reload the count comes from the small item the batch store writes beside the batch. */
function stored(): number | null {
  try {
    const value = Number(globalThis.sessionStorage?.getItem(META_KEY));
    return value > 0 ? value : null;
  } catch {
    return null;
  }
}

let count: number | null = stored();
const listeners = new Set<Listener>();

export const batchPresence = {
  get: () => count,
  set(next: number | null) {
    if (next === count) return;
    count = next;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
