/**
 * Stands in for iconv-lite when @kenjiuno/msgreader is bundled for the browser. iconv-lite loads
 * safer-buffer, which needs Node's Buffer when the module is evaluated, so the real package
 * crashes in a browser before any .msg is read (and its code-page tables weigh ~160 KB gzip).
 * msgreader only calls decode() for 8-bit strings when a ParserConfig.ansiEncoding is set;
 * TextDecoder knows the same Windows code pages. Wired up by a resolve.alias in vite.config.ts.
 */
const CODE_PAGES: Record<string, string> = {
  '932': 'shift_jis',
  '936': 'gbk',
  '949': 'euc-kr',
  '950': 'big5',
  shiftjis: 'shift_jis',
  ms932: 'shift_jis',
};

export function textDecoderLabel(encoding: string): string {
  const name = encoding.toLowerCase().replace(/[-_]/g, '');
  const codePage = /^(?:windows|win|cp|ms)?(\d{3,5})$/.exec(name)?.[1];
  if (codePage) return CODE_PAGES[codePage] ?? `windows-${codePage}`;
  return CODE_PAGES[name] ?? encoding;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(textDecoderLabel(encoding)).decode(bytes);
  } catch {
    // An encoding TextDecoder does not know: keep every byte as some character.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function encode(): never {
  throw new Error('Writing 8-bit strings is not supported in the browser.');
}

export default { decode, encode };
