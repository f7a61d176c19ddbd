/**
 * RFC 5322 header fields: unfolding, lookup, structured parameters (RFC 2045 s5.1, RFC 2231
 * continuations) and encoded words (RFC 2047, decoded by postal-mime).
 */
import { decodeWords } from 'postal-mime';

export type HeaderList = [name: string, value: string][];

const HEADER_LINE = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/;

/** Parse a header block (LF line endings) into [lower-case name, unfolded value] pairs. */
export function parseHeaders(block: string): HeaderList {
  const headers: HeaderList = [];
  let last: [string, string] | undefined;
  for (const line of block.split('\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last[1] += ' ' + line.trim();
      continue;
    }
    const match = HEADER_LINE.exec(line);
    if (match) {
      last = [match[1]!.toLowerCase(), match[2]!.trim()];
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
  for (const [key, value] of headers) if (key === name) return value;
  return undefined;
}

export function headersNamed(headers: HeaderList, name: string): string[] {
  const values: string[] = [];
  for (const [key, value] of headers) if (key === name) values.push(value);
  return values;
}

/** Decode RFC 2047 encoded words ("=?ISO-2022-JP?B?...?=") when there are any. */
export function decodeHeaderValue(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

export interface StructuredValue {
  value: string;
  params: Record<string, string>;
}

/** Split `type/subtype; a=b; c="d"` into a lower-case value and its parameters. */
export function parseStructured(raw: string | undefined): StructuredValue {
  const params: Record<string, string> = {};
  if (!raw) return { value: '', params };
  const parts = splitParams(raw);
  const value = (parts.shift() ?? '').trim().toLowerCase();
  const continued: Record<string, string[]> = {};
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let key = part.slice(0, eq).trim().toLowerCase();
    let val = part.slice(eq + 1).trim();
    if (val.startsWith('"'))
      val = val.slice(1, val.endsWith('"') ? -1 : undefined).replace(/\\(.)/g, '$1');
    // RFC 2231: name*0=..., name*1=...; charset'lang'value with * suffix.
    const cont = /^(.+?)\*(\d+)\*?$/.exec(key);
    if (cont) {
      (continued[cont[1]!] ??= [])[Number(cont[2])] = val;
      continue;
    }
    if (key.endsWith('*')) {
      key = key.slice(0, -1);
      val = val.replace(/^[^']*'[^']*'/, '');
    }
    params[key] = val;
  }
  for (const [key, pieces] of Object.entries(continued)) params[key] ??= pieces.join('');
  return { value, params };
}

function splitParams(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '"' && raw[i - 1] !== '\\') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}
