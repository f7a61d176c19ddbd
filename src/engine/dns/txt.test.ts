import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterStrings, parseTxtPresentation, txtPresentation } from './txt.ts';

describe('TXT character-strings', () => {
  it('splits long text into strings of at most 255 octets', () => {
    const chunks = characterStrings(['a'.repeat(600)]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([255, 255, 90]);
    expect(characterStrings([''])).toEqual([new Uint8Array()]);
  });
  it('reads quoted strings, escapes and bare text', () => {
    expect(parseTxtPresentation('"v=spf1 " "-all"')).toBe('v=spf1 -all');
    expect(parseTxtPresentation('"say \\"hi\\" \\\\ \\195\\188"')).toBe('say "hi" \\ ü');
    expect(parseTxtPresentation('v=spf1 -all')).toBe('v=spf1 -all');
  });
  it('decodes a character that straddles two strings', () => {
    const text = `${'a'.repeat(254)}ü`;
    expect(parseTxtPresentation(txtPresentation(characterStrings([text])))).toBe(text);
  });
  it('falls back to stripping the outer quotes when inner quotes are unescaped', () => {
    expect(parseTxtPresentation('"a "b" c')).toBe('a "b" c');
  });
  it('round-trips any text through presentation form, joined with nothing between', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { minLength: 1, maxLength: 3 }),
        (parts) => {
          const shown = txtPresentation(characterStrings(parts));
          expect(parseTxtPresentation(shown)).toBe(parts.join(''));
        },
      ),
    );
  });
});
