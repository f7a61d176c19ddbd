/** Show record text in messages without raw control characters (a CR would hide the rest). */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
