import { describe, expect, it } from 'vitest';
import { decode, encode, textDecoderLabel } from './iconv-shim.ts';

describe('iconv-lite stand-in', () => {
  it('maps iconv-lite code page names to TextDecoder labels', () => {
    expect(textDecoderLabel('windows1251')).toBe('windows-1251');
    expect(textDecoderLabel('cp1252')).toBe('windows-1252');
    expect(textDecoderLabel('1250')).toBe('windows-1250');
    expect(textDecoderLabel('cp932')).toBe('shift_jis');
    expect(textDecoderLabel('shiftjis')).toBe('shift_jis');
    expect(textDecoderLabel('utf-8')).toBe('utf-8');
  });

  it('decodes 8-bit text and survives unknown encodings', () => {
    expect(decode(new Uint8Array([0xc0, 0xe4]), 'win1251')).toBe('Ад');
    expect(decode(new Uint8Array([0x41, 0xe9]), 'no-such-encoding')).toBe('Aé');
  });

  it('refuses to encode', () => {
    expect(() => encode()).toThrow();
  });
});
