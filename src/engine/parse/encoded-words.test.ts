import { describe, expect, it } from 'vitest';
import { growth, LINEAR } from '../test-support/growth.ts';
import { decodeEncodedWords, MAX_DECODED_CHARS } from './encoded-words.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('decodeEncodedWords (RFC 2047)', () => {
  it('decodes B and Q words in any charset, and leaves plain text alone', () => {
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=')).toBe('テスト');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Caf=E9_cr=E8me?=')).toBe('Café crème');
    expect(decodeEncodedWords('Re: =?utf-8?b?w6ll?= done')).toBe('Re: ée done');
    expect(decodeEncodedWords('plain =? not a word')).toBe('plain =? not a word');
  });

  it('drops the folding between adjacent words but keeps other text (s6.2)', () => {
    expect(decodeEncodedWords('=?utf-8?Q?a?= \r\n =?utf-8?Q?b?=')).toBe('ab');
    expect(decodeEncodedWords('=?utf-8?Q?a?= x =?utf-8?Q?b?=')).toBe('a x b');
    expect(decodeEncodedWords('=?utf-8?Q?a?= =?iso-8859-1?Q?=E9?=')).toBe('aé');
  });

  it('joins the bytes of a character split across two words', () => {
    const bytes = Buffer.from('é');
    const left = `=?utf-8?Q?=${bytes[0]!.toString(16).toUpperCase()}?=`;
    const right = `=?utf-8?Q?=${bytes[1]!.toString(16).toUpperCase()}?=`;
    expect(decodeEncodedWords(`${left} ${right}`)).toBe('é');
    // Base64 joins only on whole groups: padded words are decoded one by one.
    expect(decodeEncodedWords(`=?utf-8?B?${b64('ab')}?= =?utf-8?B?${b64('cd')}?=`)).toBe('abcd');
  });

  it('decodes word by word when the joined bytes do not make text', () => {
    const broken = `=?utf-8?B?${b64('abc')}?==?utf-8?B?/w==?=`;
    expect(decodeEncodedWords(broken)).toBe('abc\ufffd');
  });

  it('takes the charset without its RFC 2231 language', () => {
    expect(decodeEncodedWords('=?utf-8*en?Q?hi?=')).toBe('hi');
  });

  it('reads adjacent words in linear time, decoding only the first 64 KB', () => {
    const word = `=?utf-8?B?${b64('héllo wörl')}?=`;
    const value = Array.from({ length: 80_000 }, () => word).join(' ');
    const decoded = decodeEncodedWords(value);
    expect(decoded.startsWith('héllo wörlhéllo wörl')).toBe(true);
    expect(decoded.endsWith(word)).toBe(true);
    expect(decoded.length).toBeLessThan(value.length - MAX_DECODED_CHARS / 2);
    // Below the cap, so that the whole value is decoded at both sizes.
    const words = (n: number) => Array.from({ length: n }, () => word).join(' ');
    expect(growth((n) => decodeEncodedWords(words(n)), 600)).toBeLessThan(LINEAR);
  });

  it('costs little on near-miss words that never close', () => {
    const value = (n: number) => '=?x?B?AAAA'.repeat(n) + '=?utf-8?Q?' + 'a'.repeat(n);
    expect(decodeEncodedWords(value(10))).toBe(value(10));
    expect(growth((n) => decodeEncodedWords(value(n)), 50_000)).toBeLessThan(LINEAR);
  });
});
