import { describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  parseSettings,
  usableResolverUrl,
} from './settings.ts';

describe('settings', () => {
  it('accepts https resolvers anywhere and http only on this machine', () => {
    expect(usableResolverUrl('https://dns.example/dns-query')).not.toBeNull();
    expect(usableResolverUrl('http://127.0.0.1:5391/dns-query')).not.toBeNull();
    expect(usableResolverUrl('http://dns.example/dns-query')).toBeNull();
    expect(usableResolverUrl('javascript:alert(1)')).toBeNull();
  });

  it('falls back to the default on garbage or a custom choice without a usable URL', () => {
    expect(parseSettings('nope')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"resolver":"custom","customUrl":"ftp://x"}').resolver).toBe(
      'cloudflare',
    );
    expect(parseSettings('{"resolver":"off"}').resolver).toBe('off');
  });

  it('stores and notifies', () => {
    const data = new Map<string, string>();
    const store = createSettingsStore({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
    });
    let heard = 0;
    store.subscribe(() => heard++);
    store.set({ ...DEFAULT_SETTINGS, resolver: 'google' });
    expect(heard).toBe(1);
    expect(
      createSettingsStore({ getItem: (k) => data.get(k) ?? null, setItem: () => undefined }).get()
        .resolver,
    ).toBe('google');
  });
});
