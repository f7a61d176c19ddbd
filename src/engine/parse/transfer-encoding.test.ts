import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, decodeTransfer } from './transfer-encoding.ts';

describe('quoted-printable (RFC 2045 s6.7)', () => {
  it('decodes =XX bytes and joins soft line breaks (LF or CRLF)', () => {
    expect(decodeQuotedPrintable('a=3Db=\nc=\r\nd =E3=81=82')).toBe('a=bcd \u00e3\u0081\u0082');
  });
  it('keeps a lone or malformed "=" as it is', () => {
    expect(decodeQuotedPrintable('=ZZ = end=')).toBe('=ZZ = end=');
  });
});

describe('base64 (RFC 2045 s6.8)', () => {
  it('decodes across line breaks and ignores garbage', () => {
    expect(decodeBase64('SGVs\nbG8s IHdv*cmxk')).toBe('Hello, world');
  });
  it('stops at padding and tolerates a cut-off end', () => {
    expect(decodeBase64('SGk=ignored')).toBe('Hi');
    expect(decodeBase64('SGVsbG')).toBe('Hell');
  });
});

it('leaves 7bit and 8bit bodies alone', () => {
  expect(decodeTransfer('as is', '8bit')).toBe('as is');
});
