import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../features/settings/settings.ts';
import { embedSettings } from './embed-settings.ts';

describe('embedSettings', () => {
  it('keeps the defaults when the host page says nothing', () => {
    expect(embedSettings(DEFAULT_SETTINGS, { resolver: null, liveLookups: null })).toBe(
      DEFAULT_SETTINGS,
    );
  });

  it('uses a named resolver or a custom DoH URL', () => {
    expect(
      embedSettings(DEFAULT_SETTINGS, { resolver: 'google', liveLookups: null }).resolver,
    ).toBe('google');
    expect(
      embedSettings(DEFAULT_SETTINGS, { resolver: 'https://dns.example/q', liveLookups: null }),
    ).toMatchObject({ resolver: 'custom', customUrl: 'https://dns.example/q' });
  });

  it('turns live lookups off whatever the resolver, and on again with it', () => {
    const off = embedSettings(DEFAULT_SETTINGS, {
      resolver: 'https://dns.example/q',
      liveLookups: false,
    });
    expect(off).toMatchObject({ resolver: 'off', customUrl: 'https://dns.example/q' });
    expect(embedSettings(off, { resolver: null, liveLookups: true }).resolver).toBe('cloudflare');
  });
});
