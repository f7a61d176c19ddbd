import { describe, expect, it } from 'vitest';
import { readEmbedOptions, type EmbedAttribute } from './embed-options.ts';

const read = (attributes: Partial<Record<EmbedAttribute, string>>) =>
  readEmbedOptions((name) => attributes[name] ?? null);

describe('readEmbedOptions', () => {
  it('has nothing to say about an element without attributes', () => {
    expect(read({})).toEqual({
      bounce: null,
      startStep: null,
      resolver: null,
      liveLookups: null,
      persist: null,
      appUrl: null,
      problems: [],
    });
  });

  it('takes an http(s) app-url for share links and refuses anything else', () => {
    expect(read({ 'app-url': 'https://bounce-doctor.example/' }).appUrl).toBe(
      'https://bounce-doctor.example/',
    );
    const bad = read({ 'app-url': 'javascript:alert(1)' });
    expect(bad.appUrl).toBeNull();
    expect(bad.problems[0]).toMatch(/app-url/);
  });

  it('keeps the bounce as written, and treats a blank one as none', () => {
    expect(read({ bounce: ' 550 5.1.1 <a@b.example>\n' }).bounce).toBe(
      ' 550 5.1.1 <a@b.example>\n',
    );
    expect(read({ bounce: '  ' }).bounce).toBeNull();
  });

  it('takes https resolvers, local http ones and the named ones, and nothing else', () => {
    expect(read({ resolver: 'https://dns.example/dns-query' }).resolver).toBe(
      'https://dns.example/dns-query',
    );
    expect(read({ resolver: 'http://127.0.0.1:5391/dns-query' }).resolver).not.toBeNull();
    expect(read({ resolver: 'google' }).resolver).toBe('google');
    const plain = read({ resolver: 'http://dns.example/dns-query' });
    expect(plain.resolver).toBeNull();
    expect(plain.problems).toEqual([expect.stringContaining('not an https://')]);
    expect(read({ resolver: 'javascript:alert(1)' }).resolver).toBeNull();
  });

  it('reads live-lookups as a switch', () => {
    expect(read({ 'live-lookups': 'off' }).liveLookups).toBe(false);
    expect(read({ 'live-lookups': 'ON' }).liveLookups).toBe(true);
    expect(read({ 'live-lookups': '' }).liveLookups).toBe(true);
    expect(read({ 'live-lookups': 'constructor' }).liveLookups).toBeNull();
    const odd = read({ 'live-lookups': 'sometimes' });
    expect(odd.liveLookups).toBeNull();
    expect(odd.problems).toHaveLength(1);
  });

  it('normalises the start step and refuses what cannot be a step name', () => {
    expect(read({ 'start-step': ' Diagnosis ' }).startStep).toBe('diagnosis');
    const odd = read({ 'start-step': '../settings' });
    expect(odd.startStep).toBeNull();
    expect(odd.problems).toHaveLength(1);
  });

  it('says so when the theme is none of the three', () => {
    expect(read({ theme: 'dark' }).problems).toEqual([]);
    expect(read({ theme: 'blue' }).problems).toEqual([expect.stringContaining('theme="blue"')]);
  });

  it('needs a name to persist under', () => {
    expect(read({ persist: 'faq-550' }).persist).toBe('faq-550');
    expect(read({ persist: '' }).problems).toEqual(['persist needs a name, as in persist="faq".']);
  });
});
