import { describe, expect, it } from 'vitest';
import { checkDomain, toAsciiDomain } from './domain.ts';
import { parseAddress } from './syntax.ts';

const codes = (input: string): string[] => parseAddress(input).problems.map((p) => p.code);

describe('parseAddress: valid addresses', () => {
  it.each([
    ['user@example.com', 'user', 'example.com'],
    ['<User.Name+tag@Example.COM>', 'User.Name+tag', 'example.com'],
    ['Jane Doe <jane@example.com>', 'jane', 'example.com'],
    ["o'brien@example.ie", "o'brien", 'example.ie'],
    ['a!#$%&*+-/=?^_`{|}~@example.org', 'a!#$%&*+-/=?^_`{|}~', 'example.org'],
    ['x@a-b.example.co.uk', 'x', 'a-b.example.co.uk'],
    ['x@xn--bcher-kva.example', 'x', 'xn--bcher-kva.example'],
  ])('%s', (input, local, ascii) => {
    const parsed = parseAddress(input);
    expect(parsed.valid).toBe(true);
    expect(parsed.localPart).toBe(local);
    expect(parsed.asciiDomain).toBe(ascii);
    expect(parsed.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('accepts a quoted local part, with a warning', () => {
    const parsed = parseAddress('"john smith"@example.com');
    expect(parsed.valid).toBe(true);
    expect(parsed.quotedLocal).toBe(true);
    expect(codes('"john smith"@example.com')).toEqual(['quoted-local']);
  });
  it('accepts "@" and escaped quotes inside a quoted local part', () => {
    const parsed = parseAddress('"a@b \\" c"@example.com');
    expect(parsed.valid).toBe(true);
    expect(parsed.localPart).toBe('"a@b \\" c"');
    expect(parsed.domain).toBe('example.com');
  });
  it('accepts UTF-8 local parts (RFC 6531) with an SMTPUTF8 warning', () => {
    const parsed = parseAddress('用户@例子.广告');
    expect(parsed.valid).toBe(true);
    expect(parsed.utf8Local).toBe(true);
    expect(parsed.asciiDomain).toBe('xn--fsqu00a.xn--4rr70v');
    expect(codes('用户@例子.广告')).toEqual(['utf8-local', 'idn']);
  });
  it('converts IDN domains to punycode', () => {
    expect(parseAddress('jörg@bücher.de').asciiDomain).toBe('xn--bcher-kva.de');
    expect(parseAddress('info@ÉXAMPLE.fr').asciiDomain).toBe('xn--xample-9ua.fr');
    expect(toAsciiDomain('münchen.de')).toBe('xn--mnchen-3ya.de');
  });
  it('accepts IP address literals, with a warning and no domain to look up', () => {
    const v4 = parseAddress('postmaster@[192.0.2.1]');
    expect(v4.valid).toBe(true);
    expect(v4.addressLiteral).toBe('192.0.2.1');
    expect(v4.asciiDomain).toBeUndefined();
    expect(parseAddress('postmaster@[IPv6:2001:db8::1]').addressLiteral).toBe('2001:db8::1');
  });
});

describe('parseAddress: invalid addresses', () => {
  it.each([
    ['', 'empty'],
    ['user.example.com', 'no-at'],
    ['@example.com', 'local-empty'],
    ['user@', 'domain-empty'],
    ['.user@example.com', 'local-dots'],
    ['user.@example.com', 'local-dots'],
    ['us..er@example.com', 'local-dots'],
    ['us er@example.com', 'local-chars'],
    ['us(er)@example.com', 'local-chars'],
    ['a@b@example.com', 'local-chars'],
    ['"unclosed@example.com', 'no-at'],
    ['"bad\u0001"@example.com', 'quoted-invalid'],
    ['user@example..com', 'domain-empty-label'],
    ['user@-example.com', 'label-chars'],
    ['user@example-.com', 'label-chars'],
    ['user@exa_mple.com', 'label-chars'],
    ['user@example.com.', 'domain-trailing-dot'],
    ['user@localhost', 'single-label'],
    ['user@example.123', 'numeric-tld'],
    ['user@192.0.2.1', 'domain-numeric'],
    ['user@[300.1.1.1]', 'literal-invalid'],
    ['user@[2001:db8::1]', 'literal-invalid'],
    ['user@exa mple.com', 'label-chars'],
    ['user@ex/ample.com', 'label-chars'],
    ['user@bü/cher.de', 'idn-invalid'],
    ['user@bü cher.de', 'idn-invalid'],
  ])('%j -> %s', (input, code) => {
    const parsed = parseAddress(input);
    expect(parsed.valid).toBe(false);
    expect(parsed.problems.map((p) => p.code)).toContain(code);
  });

  it('enforces the 64-octet local part limit, counting UTF-8 octets', () => {
    expect(parseAddress(`${'a'.repeat(64)}@example.com`).valid).toBe(true);
    expect(codes(`${'a'.repeat(65)}@example.com`)).toContain('local-too-long');
    expect(codes(`${'é'.repeat(33)}@example.com`)).toContain('local-too-long');
  });
  it('enforces the 63-octet label limit', () => {
    expect(codes(`a@${'b'.repeat(64)}.com`)).toContain('label-too-long');
    expect(parseAddress(`a@${'b'.repeat(63)}.com`).valid).toBe(true);
  });
  it('enforces the 254-octet address limit', () => {
    const domain = `${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.com`;
    expect(codes(`user@${domain}`)).toContain('address-too-long');
  });
  it('rejects a huge input with the length problem alone', () => {
    // No clock here (figures belong to benchmarks): a parser that scanned a 1 MB input with a
    // backtracking pattern would run into the test timeout instead.
    expect(codes(`${'a'.repeat(1_000_000)}@example.com`)).toEqual(['address-too-long']);
  });
  it('checks the 255-octet domain limit', () => {
    expect(checkDomain(`${'a.'.repeat(128)}com`).problems.map((p) => p.code)).toContain(
      'domain-too-long',
    );
  });
});
