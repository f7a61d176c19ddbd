/**
 * What a chosen file is, from its first bytes (magic numbers) and, when those say nothing, its
 * name. Outlook .msg files are OLE compound files ([MS-CFB] s2.2: D0 CF 11 E0 A1 B1 1A E1).
 */
import { looksLikeOutlookMsg } from '../../engine/parse/detect.ts';

export type FileKind =
  | { kind: 'msg' }
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'binary'; looksLike: string };

const BINARY_MAGIC: [bytes: number[], looksLike: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Office document'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/** How many leading bytes are enough to decide. */
export const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function detectFileKind(name: string, head: Uint8Array): FileKind {
  if (looksLikeOutlookMsg(head)) {
    return /\.msg$/i.test(name) ? { kind: 'msg' } : { kind: 'binary', looksLike: 'an Office file' };
  }
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  for (const [magic, looksLike] of BINARY_MAGIC) {
    if (startsWith(head, magic)) return { kind: 'binary', looksLike };
  }
  // Text has no NUL bytes and few control characters other than tab, CR, LF, FF and ESC
  // (ESC starts ISO-2022-JP sequences, common in Japanese bounces).
  let control = 0;
  const length = Math.min(head.length, SNIFF_BYTES);
  for (let i = 0; i < length; i++) {
    const byte = head[i] ?? 0;
    if (byte === 0) return { kind: 'binary', looksLike: 'a binary file' };
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) {
      control++;
    }
  }
  if (length > 0 && control / length > 0.05) return { kind: 'binary', looksLike: 'a binary file' };
  return { kind: 'text', encoding: 'utf-8' };
}
