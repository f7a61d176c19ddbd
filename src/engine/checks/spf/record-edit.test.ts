import { describe, expect, it } from 'vitest';
import { asTxtStrings, authorizing, mergeRecords, withAll, withoutPtr } from './record-edit.ts';
import { parseAddress } from '../ip.ts';

const address = (text: string) => {
  const parsed = parseAddress(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('corrected records', () => {
  it('s4.5: merges several records into one, one "all" last, redirect dropped when there is an all', () => {
    expect(
      mergeRecords(['v=spf1 mx -all', 'v=spf1 include:a.example ~all redirect=b.example']),
    ).toBe('v=spf1 mx include:a.example -all');
    expect(
      mergeRecords([
        'v=spf1 a',
        'v=spf1 A redirect=b.example exp=c.example',
        'v=spf1 redirect=d.example',
      ]),
    ).toBe('v=spf1 a redirect=b.example exp=c.example');
  });

  it('s5.1: replaces +all/?all, or adds ~all before the modifiers', () => {
    expect(withAll('v=spf1 mx +all')).toBe('v=spf1 mx ~all');
    expect(withAll('v=spf1 mx exp=why.example', '-all')).toBe('v=spf1 mx -all exp=why.example');
  });

  it('s5.5: replaces ptr terms', () => {
    expect(withoutPtr('v=spf1 ptr ptr:example.com -all', () => 'ip4:192.0.2.1')).toBe(
      'v=spf1 ip4:192.0.2.1 -all',
    );
  });

  it('authorises an IP first, without duplicating it', () => {
    expect(authorizing('v=spf1 -ip4:192.0.2.1 ip4:192.0.2.1 -all', address('192.0.2.1'))).toBe(
      'v=spf1 ip4:192.0.2.1 -ip4:192.0.2.1 -all',
    );
    expect(authorizing('v=spf1 -all', address('2001:db8::1'))).toBe('v=spf1 ip6:2001:db8::1 -all');
  });

  it('s3.3: splits into quoted strings of at most 255 characters', () => {
    const text = `v=spf1 ${'x'.repeat(600)}`;
    const parts = asTxtStrings(text).slice(1, -1).split('" "');
    expect(parts.map((part) => part.length)).toEqual([255, 255, 97]);
    expect(parts.join('')).toBe(text);
  });
});
