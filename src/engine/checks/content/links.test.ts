import { describe, expect, it } from 'vitest';
import { linkHosts } from './links.ts';

describe('linkHosts', () => {
  it('asks about the registrable domain, not a public suffix', () => {
    const hosts = linkHosts([
      'https://shop.example.com.ar/sale https://news.example.co.il/x https://a.b.example.com/ https://192.0.2.7/',
    ]);
    expect(hosts.map((h) => [h.host, h.domain])).toEqual([
      ['shop.example.com.ar', 'example.com.ar'],
      ['news.example.co.il', 'example.co.il'],
      ['a.b.example.com', 'example.com'],
      ['192.0.2.7', undefined],
    ]);
  });
});
