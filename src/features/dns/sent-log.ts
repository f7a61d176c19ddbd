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

export interface SentLog {
  get(): readonly SentEntry[];
  add(entry: Omit<SentEntry, 'id'>): void;
  clear(): void;
  subscribe(listener: Listener): () => void;
}

/** One log per app (createApp): two embeds on a page each list only their own requests. */
export function createSentLog(): SentLog {
  let entries: readonly SentEntry[] = [];
  let nextId = 1;
  const listeners = new Set<Listener>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => entries,
    add(entry) {
      entries = [...entries, { ...entry, id: nextId++ }];
      notify();
    },
    clear() {
      entries = [];
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
