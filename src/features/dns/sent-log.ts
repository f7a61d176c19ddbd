/**
 * "What left this browser": every DNS question the checks sent, to which resolver, and every
 * other request they made (an MTA-STS policy file). Questions answered from the page's own
 * cache are counted but marked: nothing was sent for them.
 */
export interface SentEntry {
  id: number;
  kind: 'dns' | 'https';
  /** The DNS name asked, or the URL fetched. */
  name: string;
  type?: string;
  outcome: string;
  /** The resolver's label and URL, or the host a file was fetched from. */
  to: string;
  url?: string;
  /** False when nothing left: the page's cache answered, or live lookups are off. */
  sent: boolean;
}

type Listener = () => void;

let entries: readonly SentEntry[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

export const sentLog = {
  get: (): readonly SentEntry[] => entries,
  add(entry: Omit<SentEntry, 'id'>): void {
    entries = [...entries, { ...entry, id: nextId++ }];
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    entries = [];
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
