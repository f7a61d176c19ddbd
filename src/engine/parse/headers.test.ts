import { describe, expect, it } from 'vitest';
import { decodeHeaderValue, header, parseHeaders, parseStructured } from './headers.ts';

describe('parseHeaders', () => {
  it('unfolds continuation lines and lower-cases names (RFC 5322 s2.2.3)', () => {
    const headers = parseHeaders('Subject: one\n two\nX-Thing : value\nnot a header\nTo: a@b');
    expect(headers).toEqual([
      ['subject', 'one two'],
      ['x-thing', 'value'],
      ['to', 'a@b'],
    ]);
    expect(header(headers, 'to')).toBe('a@b');
  });

  it('keeps a parameter that lost its folding whitespace', () => {
    const headers = parseHeaders('Content-Type: multipart/alternative;\nboundary="b1"');
    expect(parseStructured(header(headers, 'content-type')).params.boundary).toBe('b1');
  });
});

describe('parseStructured (RFC 2045 s5.1, RFC 2231)', () => {
  it('splits the value from its parameters, quoted or not', () => {
    expect(
      parseStructured('multipart/report; report-type=delivery-status;\n\tboundary="abc/def;x"'),
    ).toEqual({
      value: 'multipart/report',
      params: { 'report-type': 'delivery-status', boundary: 'abc/def;x' },
    });
    expect(parseStructured('text/plain; charset=ISO-2022-JP')).toEqual({
      value: 'text/plain',
      params: { charset: 'ISO-2022-JP' },
    });
  });

  it('unescapes quoted pairs', () => {
    expect(parseStructured('text/plain; boundary="a \\"q\\" b"').params.boundary).toBe('a "q" b');
  });

  it('joins RFC 2231 continuations and drops the charset of extended values', () => {
    expect(
      parseStructured(`attachment; filename*0="a"; filename*1="b.txt"; name*=utf-8'en'x%20y`)
        .params,
    ).toEqual({
      filename: 'ab.txt',
      name: 'x%20y',
    });
  });
});

describe('decodeHeaderValue', () => {
  it('decodes RFC 2047 encoded words', () => {
    expect(decodeHeaderValue('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=')).toBe('テスト');
    expect(decodeHeaderValue('plain')).toBe('plain');
  });
});

describe('decodeHeaderValue: raw 8-bit text', () => {
  const byteString = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

  it('reads raw UTF-8 bytes as UTF-8 (RFC 6532)', () => {
    expect(decodeHeaderValue(byteString('Réponse automatique : Devis'))).toBe(
      'Réponse automatique : Devis',
    );
    expect(decodeHeaderValue(byteString('自动回复: 报价'))).toBe('自动回复: 报价');
  });

  it('leaves text that is not UTF-8, or already decoded, as it is', () => {
    expect(decodeHeaderValue('M\u00fcller')).toBe('Müller');
    expect(decodeHeaderValue('Über uns — 自动回复')).toBe('Über uns — 自动回复');
  });
});
