import { describe, expect, it } from 'vitest';
import { parseHeaders } from './headers.ts';
import { originalFromHeaders } from './original-message.ts';

const hop = (i: number) =>
  `Received: from h${i}.example (h${i}.example [198.51.100.${i % 250}]) by mx.example; Mon, 7 Dec 2026 05:00:00 +0000`;

describe('originalFromHeaders', () => {
  it('reads the hops top-down, the sending IP the first public one', () => {
    const head = `Received: from a (a [10.0.0.1]) by b\n${hop(7)}\nFrom: a@x.example`;
    const original = originalFromHeaders(parseHeaders(head));
    expect(original.received.map((r) => r.ip)).toEqual(['10.0.0.1', '198.51.100.7']);
    expect(original.sendingIp).toBe('198.51.100.7');
  });

  // Issue 13's fuzz: a returned message of 43,000 Received lines cost half a second to read.
  it('reads the first 100 hops, the most a relay lets through (RFC 5321 s6.3)', () => {
    const head = Array.from({ length: 5000 }, (_, i) => hop(i)).join('\n');
    const original = originalFromHeaders(parseHeaders(head));
    expect(original.received).toHaveLength(100);
    expect(original.headers).toHaveLength(5000);
  });
});
