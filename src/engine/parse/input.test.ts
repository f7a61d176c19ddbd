import { describe, expect, it } from 'vitest';
import { byteString, controlHeavy, controlHeavyBytes, decodeBytes } from './input.ts';

/** A decoder that behaves as browsers do for "latin1": windows-1252, 0x80 being the euro sign. */
const windows1252 = {
  decode: (data?: AllowSharedBufferSource) =>
    Array.from(data as Uint8Array, (b) =>
      b === 0x80 ? '\u20ac' : b === 0x82 ? '\u201a' : String.fromCharCode(b),
    ).join(''),
};

describe('byteString', () => {
  const every = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('holds every byte as itself, also where the native latin1 decoder is windows-1252', () => {
    for (const decoder of [undefined, windows1252]) {
      const text = byteString(every, decoder);
      expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual([...every]);
    }
  });

  it('gives Shift_JIS text back intact once the charset is applied', () => {
    // "あて先不明" (recipient unknown) in Shift_JIS: "あ" and "て" lead with 0x82, which
    // windows-1252 reads as U+201A.
    const sjis = Uint8Array.of(0x82, 0xa0, 0x82, 0xc4, 0x90, 0xe6, 0x95, 0x73, 0x96, 0xbe);
    expect(decodeBytes(byteString(sjis, windows1252), 'shift_jis')).toBe('あて先不明');
  });
});

describe('controlHeavyBytes', () => {
  it('judges bytes as controlHeavy judges them read one char per byte', () => {
    const samples: Uint8Array[] = [
      new Uint8Array(0),
      new TextEncoder().encode('550 5.1.1 unknown\r\n'),
    ];
    // Each byte value, alone and as 3% of a line of text (over the 2% bar).
    for (let b = 0; b < 256; b++) {
      samples.push(Uint8Array.of(b, b, b, b));
      samples.push(Uint8Array.from({ length: 100 }, (_, i) => (i % 33 === 0 ? b : 0x61)));
    }
    // Beyond the first 8 KB nothing counts.
    samples.push(Uint8Array.from({ length: 9000 }, (_, i) => (i < 8192 ? 0x61 : 0x01)));
    for (const bytes of samples)
      expect(controlHeavyBytes(bytes), String(bytes.slice(0, 4))).toBe(
        controlHeavy(byteString(bytes)),
      );
  });
});
