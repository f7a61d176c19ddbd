/**
 * Bytes to text. UTF-8 when the bytes are valid UTF-8, else Windows-1252, so that an 8-bit
 * message keeps every byte as some character instead of turning into replacement marks; the
 * engine decodes MIME parts by their own charset anyway.
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8',
): string {
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
