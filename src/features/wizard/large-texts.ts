/**
 * Texts too large for sessionStorage (a bounce of megabytes), kept in this browser's IndexedDB
 * so that a reload does not lose them (issue 13). Each tab keeps its own, as sessionStorage
 * does, under a random id that sessionStorage holds; "Start over" deletes them, and anything a
 * tab left behind is deleted a day later. They never leave the browser.
 */
export type LargeTextName = 'draft' | 'bounce';

export interface LargeTexts {
  put(name: LargeTextName, text: string): Promise<void>;
  get(name: LargeTextName): Promise<string | undefined>;
  remove(name: LargeTextName): Promise<void>;
  /** Everything this tab kept. */
  clear(): Promise<void>;
}

const DATABASE = 'bounce-doctor';
const STORE = 'large-texts';
const TAB_KEY = 'bounce-doctor:tab';
/** Texts of a tab that was closed are deleted after this. */
export const KEEP_MS = 24 * 60 * 60 * 1000;

interface Kept {
  text: string;
  savedAt: number;
}

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

/** Deletes what closed tabs left more than KEEP_MS ago. */
async function prune(database: IDBDatabase, now: number): Promise<void> {
  const store = database.transaction(STORE, 'readwrite').objectStore(STORE);
  const keys = await request(() => store.getAllKeys());
  const records = await request(() => store.getAll());
  records.forEach((record: Kept, i) => {
    if (now - record.savedAt > KEEP_MS) store.delete(keys[i]!);
  });
}

/** This tab's id, made on its first large text; null when sessionStorage is blocked. */
function tabId(session: Pick<Storage, 'getItem' | 'setItem'>): string | null {
  try {
    let id = session.getItem(TAB_KEY);
    if (!id) {
      id = crypto.randomUUID();
      session.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}

/**
 * This tab's large texts in IndexedDB, or null where there is none (or no sessionStorage to
 * remember the tab by). Failures (a full disk, a private window) lose a text, never the page:
 * the page then says the text could not be kept.
 */
export function indexedDbTexts(
  session: Pick<Storage, 'getItem' | 'setItem'> | null,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): LargeTexts | null {
  if (!session || !factory) return null;
  let tab: string | null | undefined;
  let opened: Promise<IDBDatabase | null> | undefined;
  const database = () =>
    (opened ??= openDatabase(factory).then(
      async (db) => {
        await prune(db, Date.now()).catch(() => undefined);
        return db;
      },
      () => null,
    ));
  const inStore = async <T>(
    mode: IDBTransactionMode,
    use: (store: IDBObjectStore) => IDBRequest<T>,
  ) => {
    tab ??= tabId(session);
    const db = tab ? await database() : null;
    if (!db) return undefined;
    return request(() => use(db.transaction(STORE, mode).objectStore(STORE))).catch(
      () => undefined,
    );
  };
  const key = (name: LargeTextName) => `${tab}:${name}`;
  return {
    async put(name, text) {
      await inStore('readwrite', (store) =>
        store.put({ text, savedAt: Date.now() } satisfies Kept, key(name)),
      );
    },
    async get(name) {
      const kept = (await inStore('readonly', (store) => store.get(key(name)))) as Kept | undefined;
      return typeof kept?.text === 'string' ? kept.text : undefined;
    },
    async remove(name) {
      await inStore('readwrite', (store) => store.delete(key(name)));
    },
    async clear() {
      await inStore('readwrite', (store) =>
        store.delete(IDBKeyRange.bound(`${tab}:`, `${tab}:\uffff`)),
      );
    },
  };
}

/** A LargeTexts in memory, for tests. */
export function memoryTexts(): LargeTexts & { data: Map<LargeTextName, string> } {
  const data = new Map<LargeTextName, string>();
  return {
    data,
    put: async (name, text) => void data.set(name, text),
    get: async (name) => data.get(name),
    remove: async (name) => void data.delete(name),
    clear: async () => data.clear(),
  };
}
