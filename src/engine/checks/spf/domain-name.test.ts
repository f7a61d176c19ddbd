import { describe, expect, it } from 'vitest';
import { initialDomain, isSameOrSubdomain, isToplabel, queryName } from './domain-name.ts';

describe('domain names (RFC 7208 s4.3, s7.1, s7.3)', () => {
  it('s4.3: a malformed or single-label <domain> is refused', () => {
    expect(initialDomain('Example.COM.')).toBe('Example.COM');
    expect(initialDomain(`a${'1'.repeat(62)}.example.com`)).toBeDefined();
    for (const bad of [
      `a${'1'.repeat(63)}.example.com`,
      'a...example.com',
      'localhost',
      '[1.2.3.5]',
      '1.2.3.5',
      '',
      'x'.repeat(250) + '.com',
    ]) {
      expect(initialDomain(bad), bad).toBeUndefined();
    }
  });

  it('s4.3: internationalized names become A-labels', () => {
    expect(initialDomain('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('s7.1 toplabel: not all digits, dashes only inside', () => {
    expect(['com', 'xn--zckzah', 'a1', '1a', '1-2'].every(isToplabel)).toBe(true);
    expect(['123', '-com', 'com-', '', 'a_b', 'com:8080'].some(isToplabel)).toBe(false);
  });

  it('s7.3: names over 253 characters lose labels on the left', () => {
    const long = `${'somewhat.long.exp.example.com.'.repeat(8)}example.com`;
    expect(queryName(`foobar.${long}`)).toBe(long);
    expect(queryName('example.com.')).toBe('example.com');
  });

  it('s4.8: a name DNS cannot carry is no name at all', () => {
    expect(queryName('mail.example...com')).toBeUndefined();
    expect(queryName(`${'x'.repeat(64)}.example.com`)).toBeUndefined();
    expect(queryName('.')).toBeUndefined();
  });

  it('s5.5: subdomain test ignores case and trailing dots', () => {
    expect(isSameOrSubdomain('mail.Example.com.', 'example.COM')).toBe(true);
    expect(isSameOrSubdomain('badexample.com', 'example.com')).toBe(false);
  });
});
