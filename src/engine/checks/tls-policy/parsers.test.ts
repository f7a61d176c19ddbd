import { describe, expect, it } from 'vitest';
import { isMxPattern, matchMxHosts, mxMatchesPattern } from './mx-pattern.ts';
import { parseStsPolicy } from './sts-policy.ts';
import { parseStsRecord, selectStsRecord } from './sts-record.ts';
import { parseTlsRptRecord, selectTlsRptRecord } from './tlsrpt.ts';

describe('MTA-STS TXT record (RFC 8461 s3.1)', () => {
  it.each([
    ['v=STSv1; id=20160831085700Z;', '20160831085700Z'],
    ['v=STSv1;id=abc', 'abc'],
    ['v=STSv1 ; id=abc ; ext.name=value', 'abc'],
    [`v=STSv1; id=${'a'.repeat(32)}`, 'a'.repeat(32)],
  ])('parses %j', (txt, id) => {
    const record = parseStsRecord(txt);
    expect(record.problems).toEqual([]);
    expect(record.id).toBe(id);
  });
  it.each([
    ['v=STSv1', 'no fields'],
    ['v=STSv1;', 'no fields'],
    ['v=STSv1; foo=bar', 'no id='],
    ['v=STSv1; id=', '1 to 32'],
    [`v=STSv1; id=${'a'.repeat(33)}`, '1 to 32'],
    ['v=STSv1; id=abc-def', '1 to 32'],
    ['v=STSv1; id=a; id=b', 'more than once'],
    ['v=STSv1; id=a; bad field', 'not a valid field'],
    ['v=STSv1; id=a; x=has space', 'not a valid field'],
    [`v=STSv1; id=a; x=${'y'.repeat(5000)}`, 'not parsed'],
  ])('rejects %j (%s)', (txt, problem) => {
    expect(parseStsRecord(txt).problems.join(' ')).toContain(problem);
  });
  it('ignores other TXT records and reports several STS records as invalid', () => {
    expect(selectStsRecord(['hello', 'v=spf1 -all']).status).toBe('none');
    expect(selectStsRecord(['v=STSv1x; id=1']).status).toBe('none');
    expect(selectStsRecord(['google-site-verification=x', 'v=STSv1; id=1']).record?.id).toBe('1');
    expect(selectStsRecord(['v=STSv1; id=1', 'v=STSv1; id=2'])).toMatchObject({
      status: 'several',
      candidates: ['v=STSv1; id=1', 'v=STSv1; id=2'],
    });
    expect(selectStsRecord(['v=STSv1']).record?.problems.length).toBeGreaterThan(0);
  });
});

describe('MTA-STS policy file (RFC 8461 s3.2)', () => {
  const good =
    'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmx: backupmx.example.com\r\nmax_age: 604800\r\n';
  it('parses the RFC example with CRLF or LF line ends', () => {
    for (const text of [good, good.replaceAll('\r\n', '\n')]) {
      expect(parseStsPolicy(text)).toEqual({
        version: 'STSv1',
        mode: 'enforce',
        maxAge: 604800,
        mx: ['mail.example.com', '*.example.net', 'backupmx.example.com'],
        errors: [],
        warnings: [],
      });
    }
  });
  it('accepts mode none without mx, and ignores extension keys', () => {
    const policy = parseStsPolicy('version: STSv1\nmode: none\nmax_age: 86400\nx_ext: whatever');
    expect(policy).toMatchObject({ mode: 'none', errors: [], warnings: [] });
  });
  it.each([
    ['mode: enforce\nmx: a.example\nmax_age: 86400', 'version: STSv1 is missing'],
    ['version: STSv2\nmode: enforce\nmx: a.example\nmax_age: 86400', 'not STSv1'],
    ['version: STSv1\nmx: a.example\nmax_age: 86400', 'mode: is missing'],
    ['version: STSv1\nmode: strict\nmx: a.example\nmax_age: 86400', 'not enforce, testing or none'],
    ['version: STSv1\nmode: enforce\nmx: a.example', 'max_age: is missing'],
    ['version: STSv1\nmode: enforce\nmx: a.example\nmax_age: soon', 'not a number'],
    ['version: STSv1\nmode: testing\nmax_age: 86400', 'No mx: line'],
    [
      'version: STSv1\nmode: enforce\nmode: testing\nmx: a.example\nmax_age: 86400',
      'mode appears more than once',
    ],
    ['version: STSv1\nmode: enforce\nmx: *.*.example\nmax_age: 86400', 'not a host name'],
    ['version: STSv1\nmode: enforce\nmx: a_b.example\nmax_age: 86400', 'not a host name'],
  ])('rejects %j (%s)', (text, error) => {
    expect(parseStsPolicy(text).errors.join(' ')).toContain(error);
  });
  it('warns about max_age out of range and junk lines, without rejecting', () => {
    const policy = parseStsPolicy(
      'version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 99999999\nthis is junk',
    );
    expect(policy.errors).toEqual([]);
    expect(policy.warnings.join(' ')).toMatch(/over the limit.*ignored/);
    expect(
      parseStsPolicy('version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 60').warnings[0],
    ).toContain('under a day');
  });
  it('refuses to parse a policy over 64 KiB', () => {
    expect(parseStsPolicy(`version: STSv1\n${'x: y\n'.repeat(20000)}`).errors[0]).toContain(
      '64 KiB',
    );
  });
});

describe('MX patterns (RFC 8461 s4.1)', () => {
  it.each([
    ['mail.example.com', 'mail.example.com', true],
    ['MAIL.Example.com.', 'mail.example.com', true],
    ['mx1.example.net', '*.example.net', true],
    ['example.net', '*.example.net', false],
    ['a.b.example.net', '*.example.net', false],
    ['mx1.example.net.evil.com', '*.example.net', false],
    ['xexample.net', '*.example.net', false],
    ['mail.example.com', 'example.com', false],
  ])('%s vs %s -> %s', (host, pattern, expected) => {
    expect(mxMatchesPattern(host, pattern)).toBe(expected);
  });
  it('validates patterns', () => {
    expect(isMxPattern('*.example.com')).toBe(true);
    expect(isMxPattern('mx.example.com.')).toBe(true);
    expect(isMxPattern('*')).toBe(false);
    expect(isMxPattern('mx.*.example.com')).toBe(false);
    expect(isMxPattern('localhost')).toBe(false);
  });
  it('reports which pattern each host matched', () => {
    expect(
      matchMxHosts(['mx1.example.net', 'other.example.org'], ['mail.example.com', '*.example.net']),
    ).toEqual([
      { host: 'mx1.example.net', pattern: '*.example.net' },
      { host: 'other.example.org', pattern: undefined },
    ]);
  });
});

describe('TLS-RPT record (RFC 8460 s3)', () => {
  it('parses mailto and https destinations', () => {
    expect(parseTlsRptRecord('v=TLSRPTv1; rua=mailto:reports@example.com')).toEqual({
      rua: ['mailto:reports@example.com'],
      problems: [],
    });
    expect(
      parseTlsRptRecord(
        'v=TLSRPTv1;rua=mailto:a@example.com, https://reporting.example.com/v1/tlsrpt;ext=1',
      ).rua,
    ).toEqual(['mailto:a@example.com', 'https://reporting.example.com/v1/tlsrpt']);
  });
  it.each([
    ['v=TLSRPTv1', 'no rua='],
    ['v=TLSRPTv1; rua=', 'must be a mailto: or https:'],
    ['v=TLSRPTv1; rua=http://example.com/r', 'must be a mailto: or https:'],
    ['v=TLSRPTv1; rua=mailto:nobody', 'not a valid mailto:'],
    ['v=TLSRPTv1; rua=https://', 'not a valid https:'],
    ['v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com', 'more than once'],
  ])('rejects %j (%s)', (txt, problem) => {
    expect(parseTlsRptRecord(txt).problems.join(' ')).toContain(problem);
  });
  it('selects exactly one record', () => {
    expect(selectTlsRptRecord(['v=spf1 -all']).status).toBe('none');
    expect(
      selectTlsRptRecord([
        'v=TLSRPTv1; rua=mailto:a@example.com',
        'v=TLSRPTv1; rua=mailto:b@example.com',
      ]).status,
    ).toBe('several');
    expect(selectTlsRptRecord(['x', 'v=TLSRPTv1; rua=mailto:a@example.com']).record?.rua).toEqual([
      'mailto:a@example.com',
    ]);
  });
});
