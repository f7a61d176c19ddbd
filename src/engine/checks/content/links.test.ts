import { describe, expect, it } from 'vitest';
import { loadOrgDomains } from '../public-suffix.ts';
import { linkHosts } from './links.ts';

describe('linkHosts', () => {
  it('asks about the registrable domain, not a public suffix', async () => {
    const hosts = linkHosts(
      [
        'https://shop.example.com.ar/sale https://news.example.co.il/x https://a.b.example.com/ https://192.0.2.7/ https://me.github.io/x',
      ],
      await loadOrgDomains(),
    );
    expect(hosts.map((h) => [h.host, h.domain])).toEqual([
      ['shop.example.com.ar', 'example.com.ar'],
      ['news.example.co.il', 'example.co.il'],
      ['a.b.example.com', 'example.com'],
      ['192.0.2.7', undefined],
      ['me.github.io', 'me.github.io'],
    ]);
  });
});
