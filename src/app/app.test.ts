import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS } from '../features/settings/settings.ts';
import { createWizardStore } from '../features/wizard/wizard-store.ts';
import { sessionOf } from '../features/dns/dns-session.ts';
import { createApp } from './app.tsx';

const embed = () =>
  createApp({
    store: createWizardStore(null),
    settings: createSettingsStore(null),
    memory: { initialEntries: ['/'] },
    embedded: true,
  });

describe('per-app state', () => {
  it('two apps on one page keep their own query log, DNS session and reader', () => {
    const one = embed();
    const two = embed();
    one.dns.log.add({ kind: 'dns', name: 'example.com', outcome: 'ok', to: 'x', sent: true });
    expect(one.dns.log.get()).toHaveLength(1);
    expect(two.dns.log.get()).toEqual([]);

    const first = sessionOf(one.dns, DEFAULT_SETTINGS);
    const other = sessionOf(two.dns, DEFAULT_SETTINGS);
    expect(other).not.toBe(first);
    expect(other.stack).not.toBe(first.stack);
    // The same settings keep the same session (and its cache) within one app.
    expect(sessionOf(one.dns, { ...DEFAULT_SETTINGS })).toBe(first);
    expect(sessionOf(one.dns, { ...DEFAULT_SETTINGS, resolver: 'google' })).not.toBe(first);

    expect(two.diagnose).not.toBe(one.diagnose);
    expect(two.queryClient).not.toBe(one.queryClient);
  });
});
