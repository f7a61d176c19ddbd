import { describe, expect, it } from 'vitest';
import type { Zone } from '../../dns/zone.ts';
import { one, result, spf } from '../../test-support/spf.ts';
import { macroValues, type Connection } from './context.ts';
import { isToplabel } from './domain-name.ts';
import { parseClientIp } from '../ip.ts';
import {
  expandMacros,
  parseDomainSpec,
  parseMacroString,
  urlEscape,
  type MacroMode,
} from './macro.ts';

/** RFC 7208 s7.4: "The <sender> is strong-bad@email.example.com." */
function connection(ip: string): Connection {
  const parsed = parseClientIp(ip);
  if (!parsed) throw new Error(ip);
  return {
    ip: parsed,
    sender: 'strong-bad@email.example.com',
    local: 'strong-bad',
    senderDomain: 'email.example.com',
    helo: 'mx.example.org',
    receivingHost: 'mx.receiver.example',
    now: () => new Date('2024-01-01T00:00:00Z'),
  };
}

function expand(text: string, ip = '192.0.2.3', mode: MacroMode = 'term', p?: string): string {
  const parsed = parseMacroString(text, mode);
  if (!parsed.ok) throw new Error(parsed.error);
  return expandMacros(parsed.value, macroValues(connection(ip), 'email.example.com', p));
}

describe('RFC 7208 s7.4 examples, verbatim', () => {
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
  ])('s7.4 macro %s expands to %s', (macro, expansion) => {
    expect(expand(macro)).toBe(expansion);
  });

  it.each([
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ])('s7.4 macro-string %s with IPv4 192.0.2.3', (macro, expansion) => {
    expect(expand(macro)).toBe(expansion);
  });

  it('s7.4 IPv6 2001:db8::cb01: %{ir}.%{v}._spf.%{d2}', () => {
    expect(expand('%{ir}.%{v}._spf.%{d2}', '2001:db8::cb01')).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    );
  });

  it('s7.3 %{i}: IPv6 as 32 dot-separated nibbles, in lower case as in s7.4', () => {
    expect(expand('%{i}', 'CAFE:BABE::1')).toBe(
      'c.a.f.e.b.a.b.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1',
    );
  });
});

describe('macro expansion rules (RFC 7208 s7.1-s7.3)', () => {
  it('s7.1: %% %_ %- are a percent, a space and a URL-encoded space', () => {
    expect(expand('macro%%percent%_%_space%-url-space.example.com')).toBe(
      'macro%percent  space%20url-space.example.com',
    );
  });

  it('s7.3: upper-case letters are URL-escaped (RFC 3986 unreserved stay)', () => {
    expect(expand('%{L}', '192.0.2.3')).toBe('strong-bad');
    expect(urlEscape('~jack&jill=up-a_b3.c')).toBe('~jack%26jill%3Dup-a_b3.c');
    expect(urlEscape("JUMPIN' JUPITER")).toBe('JUMPIN%27%20JUPITER');
    expect(urlEscape('é!*')).toBe('%C3%A9%21%2A');
  });

  it('s7.3: several delimiters split at any of them; parts are rejoined with "."', () => {
    const parsed = parseMacroString('%{l2r+-}', 'term');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(expandMacros(parsed.value, { l: 'foo-bar+zip+quux' })).toBe('bar.foo');
  });

  it('s7.3: i, v, h, and in exp text c, r, t', () => {
    expect(expand('%{i} %{v} %{h}', '192.0.2.3', 'explain')).toBe(
      '192.0.2.3 in-addr mx.example.org',
    );
    expect(expand('%{c} %{r} %{t}', '2001:db8::cb01', 'explain')).toBe(
      '2001:db8::cb01 mx.receiver.example 1704067200',
    );
    expect(expand('%{p}', '192.0.2.3', 'term', 'mx.example.org')).toBe('mx.example.org');
  });

  it.each([
    ['%{a}', 'unknown letter'],
    ['%{c}', 'c only in exp text'],
    ['%{r}.example.com', 'r only in exp text'],
    ['%{t}', 't only in exp text'],
    ['%{d0}', 'zero digits'],
    ['%{d', 'unterminated'],
    ['%(ir).sbl.example.com', '"(" after %'],
    ['foo%.sbl.example.com', 'bare %'],
    ['trailing%', 'trailing %'],
    ['%{dr2}', 'digits after r'],
    ['%{d 2}', 'space inside'],
  ])('s7.1: "%s" is a syntax error (%s)', (text) => {
    expect(parseMacroString(text, 'term').ok).toBe(false);
  });

  it('s7.1: explanation text may hold spaces but nothing outside 7-bit ASCII', () => {
    expect(parseMacroString('See http://example.com/%{d}', 'explain').ok).toBe(true);
    expect(parseMacroString('\u00efExplanation', 'explain').ok).toBe(false);
    expect(parseMacroString('two words', 'term').ok).toBe(false);
  });

  it('s7.1 domain-spec: ends in a macro or "." toplabel [ "." ]', () => {
    const ok = [
      'example.com',
      'example.com.',
      '%{d}',
      '%{i}._spf.%{d}',
      'foo:bar/baz.example.com',
      'a.xn--zckzah',
      'x%%',
    ];
    const bad = [
      '',
      'museum',
      'museum.',
      'abc.123',
      'example.-com',
      'example.com:8080',
      'foo-bar',
      '%{d}com',
      '-all',
    ];
    for (const text of ok) expect(parseDomainSpec(text, isToplabel).ok, text).toBe(true);
    for (const text of bad) expect(parseDomainSpec(text, isToplabel).ok, text).toBe(false);
  });
});

describe('s7 macros in evaluation (RFC 7208 s7.4 example records)', () => {
  const zone: Zone = {
    'email.example.com': {
      TXT: ['v=spf1 exists:%{ir}.%{v}._spf.%{d2} exists:%{lr-}.lp.%{ir}.%{v}._spf.%{d2} -all'],
    },
    '3.2.0.192.in-addr._spf.example.com': { A: ['127.0.0.2'] },
    'bad.strong.lp.3.2.0.193.in-addr._spf.example.com': { A: ['127.0.0.2'] },
    '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com': {
      A: ['127.0.0.2'],
    },
  };
  it.each([
    ['192.0.2.3', 'pass'],
    ['193.0.2.3', 'pass'],
    ['2001:db8::cb01', 'pass'],
    ['192.0.2.4', 'fail'],
    ['2001:db8::cb02', 'fail'],
  ] as const)('s7.4: sender strong-bad@email.example.com from %s -> %s', async (ip, expected) => {
    expect(await result(zone, ip, 'strong-bad@email.example.com')).toBe(expected);
  });

  it('s7.3: %{p} prefers the domain, then its subdomains; "unknown" without one', async () => {
    const z: Zone = {
      'e7.example.com': {
        TXT: ['v=spf1 exists:%{p}.should.example.com ~exists:%{p}.ok.example.com'],
      },
      '42.218.168.192.in-addr.arpa': { PTR: ['mx.example.com', 'mx.e7.example.com'] },
      'mx.example.com': { A: ['192.168.218.42'] },
      'mx.e7.example.com': { A: ['192.168.218.42'] },
      'mx.e7.example.com.should.example.com': { A: ['127.0.0.2'] },
      'mx.example.com.ok.example.com': { A: ['127.0.0.2'] },
      'e6.example.com': { TXT: ['v=spf1 -all exp=e6msg.example.com'] },
      'e6msg.example.com': { TXT: ['connect from %{p}'] },
    };
    expect(await result(z, '192.168.218.42', 'test@e7.example.com')).toBe('pass');
    expect((await spf(z, '192.168.218.42', 'test@e6.example.com')).explanation).toBe(
      'connect from mx.example.com',
    );
    expect((await spf(z, '192.168.218.40', 'test@e6.example.com')).explanation).toBe(
      'connect from unknown',
    );
  });

  it('s7.3: upper-case macros URL-escape; %{h} is the HELO name', async () => {
    const z: Zone = {
      'e8.example.com': { TXT: ['v=spf1 -all exp=msg8.%{D2}'] },
      'msg8.example.com': { TXT: ['http://example.com/why.html?l=%{L}'] },
      'e9.example.com': { TXT: ['v=spf1 a:%{H} -all'] },
      'msgbas2x.cos.example.com': { A: ['192.168.218.40'] },
    };
    expect(
      (await spf(z, '192.168.218.42', '~jack&jill=up-a_b3.c@e8.example.com')).explanation,
    ).toBe('http://example.com/why.html?l=~jack%26jill%3Dup-a_b3.c');
    expect(
      await result(z, '192.168.218.40', 'test@e9.example.com', 'msgbas2x.cos.example.com'),
    ).toBe('pass');
    expect(await result(z, '192.168.218.40', 'test@e9.example.com', "JUMPIN' JUPITER")).toBe(
      'fail',
    );
  });

  it('s7.1: an invalid macro is a permerror', async () => {
    expect(await result(one('v=spf1 a:%{a}.example.com -all'), '1.2.3.4', 'a@example.com')).toBe(
      'permerror',
    );
    expect(await result(one('v=spf1 -all exp=%{r}.example.com'), '1.2.3.4', 'a@example.com')).toBe(
      'permerror',
    );
  });

  it('s7.3: an expansion over 253 characters loses labels on the left', async () => {
    const long = `${'somewhat.long.exp.example.com.'.repeat(8)}example.com`;
    const z: Zone = {
      'somewhat.long.exp.example.com': {
        TXT: ['v=spf1 -all exp=foobar.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.example.com'],
      },
      [long]: { TXT: ['Congratulations!  That was tricky.'] },
    };
    expect((await spf(z, '192.168.218.40', 'test@somewhat.long.exp.example.com')).explanation).toBe(
      'Congratulations!  That was tricky.',
    );
  });
});
