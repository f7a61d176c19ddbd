import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.ts';

describe('decodeBase64', () => {
  it('decodes like Buffer does, for every padding length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'DKIM key bytes \u0000\u00ff']) {
      const encoded = Buffer.from(text, 'latin1').toString('base64');
      expect(Buffer.from(decodeBase64(encoded) ?? []).toString('latin1')).toBe(text);
    }
  });
  it('ignores whitespace inside the value (RFC 6376 s3.6.1 allows FWS in p=)', () => {
    expect(decodeBase64('YWJj\n ZGVm')).toEqual(new Uint8Array([97, 98, 99, 100, 101, 102]));
  });
  it('rejects characters outside the alphabet, bad length and misplaced padding', () => {
    expect(decodeBase64('ab$d')).toBeUndefined();
    expect(decodeBase64('abc')).toBeUndefined();
    expect(decodeBase64('a=bc')).toBeUndefined();
    expect(decodeBase64('YW-j')).toBeUndefined();
  });
});
