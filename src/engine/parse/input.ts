/**
 * Turn whatever the user gave us into text we can read safely: bytes or a string, any line
 * ending, possibly huge, possibly not text at all.
 */

/** Above this we read only the first part and say so (a real bounce is rarely over 1 MB). */
export const MAX_INPUT_CHARS = 12 * 1024 * 1024;

export interface InputText {
  /** The text with LF line endings. For byte input this is a "binary string": one char per byte. */
  text: string;
  /**
   * True when `text` holds raw bytes (latin1) that still need charset decoding per part: 8-bit
   * bytes or ISO-2022 escapes. Plain 7-bit input needs none.
   */
  bytes: boolean;
  binary: boolean;
  warnings: string[];
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/**
 * The label "latin1" names windows-1252 in the Encoding Standard (s4.2), and browsers decode
 * 0x80-0x9F with it as other characters (0x80 is U+20AC); Node 20 reads them as themselves.
 * A binary string must hold each byte as itself, or a Shift_JIS lead byte 0x82 comes back as
 * 0x1A when the part's charset is applied: the native decoder is used only where it does that.
 * https://encoding.spec.whatwg.org/#names-and-labels
 */
export function byteString(
  data: Uint8Array,
  decoder: Pick<TextDecoder, 'decode'> = latin1,
): string {
  if (decoder === latin1 ? LATIN1_KEEPS_BYTES : keepsBytes(decoder)) return decoder.decode(data);
  let out = '';
  for (let i = 0; i < data.length; i += 0x2000)
    out += String.fromCharCode(...data.subarray(i, i + 0x2000));
  return out;
}

const keepsBytes = (decoder: Pick<TextDecoder, 'decode'>) =>
  decoder.decode(Uint8Array.of(0x80, 0x9f)) === '\x80\x9f';
const LATIN1_KEEPS_BYTES = keepsBytes(latin1);

const withoutNul = (text: string) => (text.includes('\0') ? text.replace(/\0/g, '') : text);

export function normaliseNewlines(text: string): string {
  if (text.indexOf('\r') < 0) return text;
  return text.replace(/\r\n?/g, '\n');
}

export function readInput(input: string | Uint8Array): InputText {
  const warnings: string[] = [];
  let text: string;
  let bytes = false;
  if (typeof input === 'string') {
    text = input;
  } else {
    let data = input;
    if (data.length > MAX_INPUT_CHARS) {
      data = data.subarray(0, MAX_INPUT_CHARS);
      warnings.push(truncatedWarning(input.length));
    }
    // Strip a UTF-8 byte-order mark; everything else is decoded per MIME part later.
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    // One char per byte (native); the native scans below tell whether any part needs a charset.
    // Most bounces are 7-bit: the native UTF-8 decoder reads them fastest, and only 8-bit input
    // is decoded again as one char per byte, for the charset of each part to apply later.
    text = utf8.decode(data);
    // All-ASCII bytes decode one char per byte; any 8-bit byte either joins a multi-byte
    // sequence (fewer chars) or becomes U+FFFD. No scan of the text is needed to tell.
    const eightBit = text.length !== data.length || text.includes('\ufffd');
    if (eightBit) text = byteString(data);
    // Pure 7-bit text without ISO-2022 escapes is already what every charset would decode to.
    bytes = eightBit || text.includes('\u001b');
    return finish(text, bytes, controlHeavy(text), warnings);
  }
  if (text.length > MAX_INPUT_CHARS) {
    warnings.push(truncatedWarning(text.length));
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return finish(text, bytes, controlHeavy(text), warnings);
}

function finish(text: string, bytes: boolean, binary: boolean, warnings: string[]): InputText {
  return {
    text: binary ? '' : withoutNul(normaliseNewlines(text)),
    bytes,
    binary,
    warnings,
  };
}

/** The first 8 KB tell a binary file from text, as they do for git. */
const SAMPLE = 8192;
/** Control characters other than tab, LF, FF, CR and ESC (ISO-2022 text uses ESC). */
const isControl = (code: number) =>
  code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
const tooMany = (count: number, length: number) => count > Math.max(2, length * 0.02);

/**
 * Control characters beyond 2% of the first 8 KB mark the input as binary. A stray NUL, as some
 * old gateways append, does not. The batch reader asks it of a file's first bytes, read one char
 * per byte (controlHeavyBytes).
 */
export function controlHeavy(text: string): boolean {
  const length = Math.min(text.length, SAMPLE);
  let count = 0;
  for (let i = 0; i < length; i++) if (isControl(text.charCodeAt(i))) count++;
  return tooMany(count, length);
}

/** controlHeavy of the bytes read one char per byte, without making that string. */
export function controlHeavyBytes(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let count = 0;
  for (let i = 0; i < length; i++) if (isControl(bytes[i]!)) count++;
  return tooMany(count, length);
}

function truncatedWarning(size: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `The input is ${mb(size)}; only the first ${mb(MAX_INPUT_CHARS)} were read.`;
}

/** Decode a binary string (one char per byte) with a charset, falling back to UTF-8, then latin1. */
export function decodeBytes(binary: string, charset?: string): string {
  // Pure ASCII needs no decoding at all (most bounces): skip the copy.
  if (isPlainAscii(binary)) return binary;
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i) & 0xff;
  return decodeUint8(data, charset);
}

/** True when every char is 7-bit and there is no ESC (which ISO-2022-JP uses). */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || c === 0x1b) return false;
  }
  return true;
}

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string): TextDecoder | null {
  const key = charset.toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key);
    } catch {
      decoder = null;
    }
    decoders.set(key, decoder);
  }
  return decoder;
}

/** Charsets tried when the declared one garbles the text (mislabelled Japanese mail is common). */
const FALLBACKS: Record<string, string[]> = {
  'iso-2022-jp': ['utf-8', 'euc-jp', 'shift_jis'],
  'euc-jp': ['utf-8', 'shift_jis'],
  shift_jis: ['utf-8', 'euc-jp'],
};

const garbled = (text: string) => text.split('\ufffd').length - 1;

export function decodeUint8(data: Uint8Array, charset?: string): string {
  const named = charset ? decoderFor(charset) : null;
  if (named) {
    const text = named.decode(data);
    const alternatives = FALLBACKS[named.encoding];
    if (!alternatives || !text.includes('\ufffd')) return text;
    // The label was wrong: keep whichever candidate garbles least.
    let best = text;
    for (const label of alternatives) {
      const candidate = decoderFor(label)?.decode(data);
      if (candidate !== undefined && garbled(candidate) < garbled(best)) best = candidate;
    }
    return best;
  }
  // Unknown or absent charset: UTF-8 when valid, else latin1 (never throw on bad bytes).
  const text = utf8.decode(data);
  return text.includes('\ufffd') ? latin1.decode(data) : text;
}
