/**
 * RFC 5322 header fields: unfolding, lookup, structured parameters (RFC 2045 s5.1, RFC 2231
 * continuations) and encoded words (RFC 2047, encoded-words.ts).
 */
import { decodeEncodedWords } from './encoded-words.ts';

export type HeaderList = [name: string, value: string][];

/** RFC 5322 s3.6.8: printable US-ASCII except colon. */
const FIELD_NAME = /^[!-9;-~]+$/;

/** Parse a header block (LF line endings) into [lower-case name, unfolded value] pairs. */
export function parseHeaders(block: string): HeaderList {
  const headers: HeaderList = [];
  let last: [string, string] | undefined;
  // Line by line without splitting: a header block is read once, with no array of its lines.
  for (let start = 0; start <= block.length;) {
    let end = block.indexOf('\n', start);
    if (end < 0) end = block.length;
    const line = block.slice(start, end);
    start = end + 1;
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && last) {
      last[1] += ' ' + line.trim();
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trimEnd() : '';
    if (name && FIELD_NAME.test(name)) {
      last = [name.toLowerCase(), line.slice(colon + 1).trim()];
      headers.push(last);
    } else if (last && /^[A-Za-z0-9*-]+=/.test(line)) {
      // A parameter that lost its folding whitespace ("boundary=..." at the start of a line).
      last[1] += ' ' + line.trim();
    } else {
      last = undefined;
    }
  }
  return headers;
}

export function header(headers: HeaderList, name: string): string | undefined {
  for (let i = 0; i < headers.length; i++) if (headers[i]![0] === name) return headers[i]![1];
  return undefined;
}

export function headersNamed(headers: HeaderList, name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < headers.length; i++) if (headers[i]![0] === name) values.push(headers[i]![1]);
  return values;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Raw 8-bit header text, which RFC 6532 allows as UTF-8, arrives one char per byte from bytes
 * input ("RÃ©ponse"): it is read as UTF-8 when it is valid UTF-8, and left as it is otherwise (a
 * latin-1 "Müller" is not).
 */
function rawUtf8(value: string): string {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0xff) return value;
    if (code >= 0x80) high = true;
  }
  if (!high) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i);
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return value;
  }
}

export function decodeHeaderValue(value: string): string {
  return decodeEncodedWords(rawUtf8(value));
}

export interface StructuredValue {
  value: string;
  params: Record<string, string>;
}

/** Split `type/subtype; a=b; c="d"` into a lower-case value and its parameters. */
/** One parameter: `; name = value` or `; name = "quoted value"` (RFC 2045 s5.1). */
const PARAM = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"?|([^;]*))/g;

export function parseStructured(raw: string | undefined): StructuredValue {
  const params: Record<string, string> = {};
  if (!raw) return { value: '', params };
  const semicolon = raw.indexOf(';');
  const value = (semicolon < 0 ? raw : raw.slice(0, semicolon)).trim().toLowerCase();
  if (semicolon < 0) return { value, params };
  let continued: Record<string, string[]> | undefined;
  PARAM.lastIndex = semicolon;
  for (let match = PARAM.exec(raw); match; match = PARAM.exec(raw)) {
    let key = match[1]!.toLowerCase();
    const quoted = match[2];
    let val =
      quoted === undefined
        ? match[3]!.trim()
        : quoted.includes('\\')
          ? quoted.replace(/\\(.)/g, '$1')
          : quoted;
    // RFC 2231: name*0=..., name*1=...; charset'lang'value with * suffix.
    const star = key.indexOf('*');
    if (star > 0) {
      const part = /^(.+?)\*(\d+)\*?$/.exec(key);
      if (part) {
        ((continued ??= {})[part[1]!] ??= [])[Number(part[2])] = val;
        continue;
      }
      key = key.slice(0, star);
      val = val.replace(/^[^']*'[^']*'/, '');
    }
    params[key] = val;
  }
  if (continued)
    for (const [key, pieces] of Object.entries(continued)) params[key] ??= pieces.join('');
  return { value, params };
}
