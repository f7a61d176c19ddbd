import { describe, expect, it } from 'vitest';
import { toQueryName } from './names.ts';

describe('toQueryName', () => {
  it('lower-cases and drops the trailing dot', () => {
    expect(toQueryName('_DMARC.Example.COM.', 'TXT')).toBe('_dmarc.example.com');
  });
  it('turns non-ASCII labels into punycode A-labels', () => {
    expect(toQueryName('bücher.example', 'MX')).toBe('xn--bcher-kva.example');
    expect(toQueryName('例え.テスト', 'A')).toBe('xn--r8jz45g.xn--zckzah');
  });
  it('keeps reverse-lookup and DNSBL names as they are', () => {
    expect(toQueryName('4.3.2.1.in-addr.arpa', 'PTR')).toBe('4.3.2.1.in-addr.arpa');
  });
  it.each([
    ['', 'empty'],
    ['a..example', 'empty label'],
    ['a b.example', 'bad character'],
    ['ex%41.example', 'bad character'],
    [`${'a'.repeat(64)}.example`, 'label longer than 63'],
    [`${'abcdefghi.'.repeat(25)}example`, 'longer than 253'],
  ])('rejects %j (%s) as malformed', (name, why) => {
    expect(() => toQueryName(name, 'A')).toThrow(why);
    expect(() => toQueryName(name, 'A')).toThrow(expect.objectContaining({ kind: 'malformed' }));
  });
  it('accepts a name of exactly 253 characters with 63-character labels', () => {
    const name = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(61)].join('.');
    expect(name).toHaveLength(253);
    expect(toQueryName(name, 'A')).toBe(name);
  });
});
