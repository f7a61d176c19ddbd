import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { detectFileKind } from './file-kind.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectFileKind', () => {
  it('recognises an Outlook .msg by its OLE header', () => {
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
    expect(detectFileKind('bounce.msg', ole)).toEqual({ kind: 'msg' });
    expect(detectFileKind('report.doc', ole).kind).toBe('binary');
  });

  it('reads .eml, .mbox and .txt content as text', () => {
    expect(detectFileKind('a.eml', ascii('From: MAILER-DAEMON\r\n\r\n550 5.1.1'))).toEqual({
      kind: 'text',
      encoding: 'utf-8',
    });
    expect(detectFileKind('a.mbox', ascii('From x Mon Jan 1\n')).kind).toBe('text');
  });

  it('judges by content, not by name', () => {
    expect(detectFileKind('bounce.eml', bytes(0x89, 0x50, 0x4e, 0x47, 13, 10))).toEqual({
      kind: 'binary',
      looksLike: 'a PNG image',
    });
    expect(detectFileKind('bounce.msg', ascii('550 5.1.1 no such user')).kind).toBe('text');
  });

  it('calls bytes with NULs or many control characters binary', () => {
    expect(detectFileKind('x.txt', bytes(65, 0, 66)).kind).toBe('binary');
    expect(detectFileKind('x.txt', bytes(1, 2, 3, 4, 65, 66)).kind).toBe('binary');
  });

  it('keeps ISO-2022-JP escapes as text and spots UTF-16 byte order marks', () => {
    expect(detectFileKind('jp.eml', bytes(0x1b, 0x24, 0x42, 0x30, 0x21)).kind).toBe('text');
    expect(detectFileKind('u.txt', bytes(0xff, 0xfe, 65, 0))).toEqual({
      kind: 'text',
      encoding: 'utf-16le',
    });
  });

  it('treats an empty file as text (the empty check comes later)', () => {
    expect(detectFileKind('empty.txt', bytes()).kind).toBe('text');
  });
});

describe('decodeText', () => {
  it('decodes UTF-8', () => {
    expect(decodeText(ascii('Zustellung fehlgeschlagen: Postfach voll ✓'))).toBe(
      'Zustellung fehlgeschlagen: Postfach voll ✓',
    );
  });

  it('falls back to Windows-1252 for 8-bit text', () => {
    expect(decodeText(bytes(0x45, 0x6d, 0x70, 0x66, 0xe4, 0x6e, 0x67, 0x65, 0x72))).toBe(
      'Empfänger',
    );
  });

  it('decodes UTF-16 with a byte order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x35, 0, 0x35, 0, 0x30, 0), 'utf-16le')).toBe('550');
  });
});
