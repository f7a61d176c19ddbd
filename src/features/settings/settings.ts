/**
 * The person's settings: which DNS-over-HTTPS resolver the checks ask (or none), and whether
 * the TLS check may fetch MTA-STS policy files. Kept in localStorage: a preference, not work.
 */
export type ResolverChoice = 'cloudflare' | 'google' | 'custom' | 'off';

export interface Settings {
  resolver: ResolverChoice;
  /** The custom DoH URL (https, or http on this machine for testing). */
  customUrl: string;
  /** Fetch https://mta-sts.<domain>/.well-known/mta-sts.txt: one request outside the resolver. */
  fetchMtaSts: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  resolver: 'cloudflare',
  customUrl: '',
  fetchMtaSts: false,
};
export const SETTINGS_KEY = 'bounce-doctor:settings';

const CHOICES: readonly ResolverChoice[] = ['cloudflare', 'google', 'custom', 'off'];

/** A URL the resolver may call: https anywhere, http only on this machine. */
export function usableResolverUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || (url.protocol === 'http:' && local) ? url : null;
  } catch {
    return null;
  }
}

export function parseSettings(raw: string | null): Settings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const value = JSON.parse(raw) as Partial<Settings>;
    const resolver = CHOICES.includes(value.resolver as ResolverChoice)
      ? (value.resolver as ResolverChoice)
      : DEFAULT_SETTINGS.resolver;
    const customUrl = typeof value.customUrl === 'string' ? value.customUrl : '';
    return {
      // A custom choice without a usable URL falls back: never send queries to a typo.
      resolver: resolver === 'custom' && !usableResolverUrl(customUrl) ? 'cloudflare' : resolver,
      customUrl,
      fetchMtaSts: value.fetchMtaSts === true,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export interface SettingsStore {
  get(): Settings;
  set(next: Settings): void;
  subscribe(listener: () => void): () => void;
}

function localStorageOrNull(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function createSettingsStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = localStorageOrNull(),
): SettingsStore {
  let current = (() => {
    try {
      return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
    } catch {
      return DEFAULT_SETTINGS;
    }
  })();
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      current = next;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(next));
      } catch {
        // Blocked storage: the setting holds for this page only.
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The one store of this page (settings are global, like the resolver they choose). */
export const settingsStore = createSettingsStore();
