import { describe, expect, it } from 'vitest';
import { dnsTermCount, isSpfRecord, parseRecord, selectRecord } from './record.ts';

const parses = (text: string) => parseRecord(text).ok;

describe('record selection (RFC 7208 s4.5)', () => {
  it('s4.5: "v=spf1" followed by a space or the end, case-insensitive', () => {
    expect(['v=spf1', 'v=spf1 -all', 'V=SpF1 ~all'].every(isSpfRecord)).toBe(true);
    expect(
      ['v=spf10', 'v=spf1mx', ' v=spf1', 'spf1', 'v=spfl am not an SPF record'].some(isSpfRecord),
    ).toBe(false);
  });

  it('s4.5: none, one or several', () => {
    expect(selectRecord(['google-site-verification=x'])).toEqual({ kind: 'none', txtCount: 1 });
    expect(selectRecord(['x', 'v=spf1 -all'])).toEqual({ kind: 'one', text: 'v=spf1 -all' });
    expect(selectRecord(['v=spf1 -all', 'V=spf1 -all']).kind).toBe('many');
  });
});

describe('record syntax (RFC 7208 s4.6, s12)', () => {
  it('s4.6.1: terms are separated by one or more spaces; trailing space is fine', () => {
    expect(parses('v=spf1 a  -all ')).toBe(true);
    expect(parses('v=spf1')).toBe(true);
  });

  it.each([
    ['v=spf1 ip4:1.2.3.4 -all moo', 'unknown mechanism anywhere'],
    ['v=spf1 moo.cow/far_out=man:dog/cat', 'not a modifier name'],
    ['v=spf1 redirect:t2.example.com', 'redirect is a modifier'],
    ['v=spf1 =all', 'empty modifier name'],
    ['v=spf1 1up=foo', 'modifier name starts with a digit'],
    ['v=spf1 -all foo=%abc', 'unknown modifier with a bad macro'],
    ['v=spf1 a:ctrl.example.com\rptr -all', 'control character'],
    ['v=spf1 ip4:192.0.2.5\n include:x.example.com', 'newline is not a separator'],
    ['v=spf1 a:\u00ef\u00bb\u00bfgarbage.example.net', 'non-ASCII'],
    ['v=spf1 redirect=a.example redirect=b.example', 'redirect twice (s6)'],
    ['v=spf1 exp=a.example -all exp=b.example', 'exp twice (s6)'],
    ['v=spf1 exp= -all', 'empty exp domain-spec'],
    ['v=spf1 ?all redirect=', 'empty redirect domain-spec'],
    ['v=spf1 exp=-all', 'exp domain-spec without a toplabel'],
  ])('s4.6: "%s" is a permerror (%s)', (text) => {
    expect(parses(text)).toBe(false);
  });

  it('s6: unknown modifiers are ignored', () => {
    const parsed = parseRecord('v=spf1 moo.cow-far_out=man:dog/cat default=+ ip4:1.2.3.4 -all');
    expect(parsed.ok && parsed.value.unknownModifiers).toEqual([
      'moo.cow-far_out=man:dog/cat',
      'default=+',
    ]);
  });

  it('s4.6.1: mechanism and modifier names are case-insensitive', () => {
    const parsed = parseRecord('v=spf1 IP4:1.2.3.4 Include:a.example MX -ALL Redirect=b.example');
    expect(parsed.ok && parsed.value.mechanisms.map((m) => m.name)).toEqual([
      'ip4',
      'include',
      'mx',
      'all',
    ]);
    expect(parsed.ok && parsed.value.redirect?.text).toBe('Redirect=b.example');
  });

  it.each([
    ['-all.', false],
    ['-all:foobar', false],
    ['-all/8', false],
    ['all', true],
    ['include', false],
    ['include:', false],
    ['include:ip5.example.com/24', false],
    ['include:%{d}', true],
    ['a', true],
    ['a/24', true],
    ['a//64', true],
    ['a/24//64', true],
    ['a/24/64', false],
    ['a/33', false],
    ['a//129', false],
    ['a/032', false],
    ['a:', false],
    ['a:foo.example.com/24', true],
    ['a:foo:bar/baz.example.com', true],
    ['a:111.222.33.44', false],
    ['a:museum', false],
    ['a:example.com:8080', false],
    ['mx', true],
    ['mx:', false],
    ['mx//0', true],
    ['mx:abc.123', false],
    ['ptr', true],
    ['ptr:', false],
    ['ptr/0', false],
    ['ptr:example.com', true],
    ['ip4', false],
    ['ip4:1.2.3', false],
    ['ip4:1.2.3.4/32', true],
    ['ip4:1.2.3.4/33', false],
    ['ip4:1.2.3.4/032', false],
    ['ip4:1.2.3.4//32', false],
    ['ip4:1.2.3.4:8080', false],
    ['ip6', false],
    ['ip6:::1.1.1.1/0', true],
    ['ip6:::1.1.1.1/129', false],
    ['ip6:::1.1.1.1//33', false],
    ['ip6::CAFE::BABE', false],
    ['ip6:Cafe:Babe:8000::/33', true],
    ['exists', false],
    ['exists:', false],
    ['exists:mail.example.com/24', false],
    ['exists:%{i}.bl.example', true],
  ])('s5 mechanism syntax: "%s" parses: %s', (term, ok) => {
    expect(parses(`v=spf1 ${term}`)).toBe(ok);
  });

  it('s4.6.4: include, a, mx, ptr, exists and a used redirect cost a lookup', () => {
    const count = (text: string) => {
      const parsed = parseRecord(text);
      return parsed.ok ? dnsTermCount(parsed.value) : -1;
    };
    expect(
      count('v=spf1 ip4:1.2.3.4 ip6:::1 include:a.example a mx ptr exists:x.example -all'),
    ).toBe(5);
    expect(count('v=spf1 a redirect=b.example')).toBe(2);
    expect(count('v=spf1 a redirect=b.example ~all exp=c.example')).toBe(1);
  });
});
