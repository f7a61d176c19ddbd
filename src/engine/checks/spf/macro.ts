/**
 * Macros (RFC 7208 s7): parsing a macro-string / explain-string (s7.1 ABNF) and expanding it
 * (s7.3). Parsing is done once, when the record is read, so that a bad macro anywhere in a
 * record is a permerror before anything is evaluated (s4.6, s7.1).
 */

/** s7.2 macro letters. c, r and t are allowed only in explanation text (s7.2). */
export type MacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'v' | 'h' | 'c' | 'r' | 't';

const TERM_LETTERS = new Set<string>(['s', 'l', 'o', 'd', 'i', 'p', 'v', 'h']);
const EXPLAIN_LETTERS = new Set<string>([...TERM_LETTERS, 'c', 'r', 't']);

export interface MacroRef {
  letter: MacroLetter;
  /** Upper-case letter: URL-escape the value (s7.3). */
  escape: boolean;
  /** DIGIT transformer: keep this many right-hand parts. */
  keep?: number;
  /** "r" transformer: reverse the parts. */
  reverse: boolean;
  /** Split characters; "." when none are given (s7.3). */
  delimiters: string;
}

export type MacroPart = string | MacroRef;

export interface MacroString {
  text: string;
  parts: MacroPart[];
  /** Needs %{p}, which needs DNS lookups (s7.3, s5.5). */
  usesP: boolean;
  /** The literal characters after the last macro-expand, for the domain-end rule (s7.1). */
  tail: string;
  endsWithMacro: boolean;
}

export type MacroMode = 'term' | 'explain';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** s7.1: "%%" is a percent, "%_" a space, "%-" a URL-encoded space. */
const ESCAPES = new Map([
  ['%', '%'],
  ['_', ' '],
  ['-', '%20'],
]);

/** s7.1 macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-" */
const MACRO_BODY = /^([A-Za-z])(\d*)([rR]?)([.\-+,/_=]*)$/;

function literalAllowed(code: number, mode: MacroMode): boolean {
  // s7.1 macro-literal = %x21-24 / %x26-7E; an explain-string may also hold SP.
  if (code === 0x20) return mode === 'explain';
  return code >= 0x21 && code <= 0x7e && code !== 0x25;
}

function describe(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x21 && code <= 0x7e
    ? `"${char}"`
    : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function parseMacroString(text: string, mode: MacroMode): Parsed<MacroString> {
  const letters = mode === 'explain' ? EXPLAIN_LETTERS : TERM_LETTERS;
  const parts: MacroPart[] = [];
  let literal = '';
  let tail = '';
  let endsWithMacro = false;
  let usesP = false;
  const flush = () => {
    if (literal) parts.push(literal);
    literal = '';
  };
  for (let index = 0; index < text.length;) {
    const char = text[index] ?? '';
    if (char !== '%') {
      if (!literalAllowed(char.charCodeAt(0), mode)) {
        return { ok: false, error: `character ${describe(char)} is not allowed (s7.1)` };
      }
      literal += char;
      tail += char;
      endsWithMacro = false;
      index++;
      continue;
    }
    const next = text[index + 1] ?? '';
    const escaped = ESCAPES.get(next);
    if (escaped !== undefined) {
      literal += escaped;
      tail = '';
      endsWithMacro = true;
      index += 2;
      continue;
    }
    if (next !== '{') {
      return { ok: false, error: `"%" must be followed by "{", "%", "_" or "-" (s7.1)` };
    }
    const close = text.indexOf('}', index + 2);
    if (close < 0) return { ok: false, error: 'unterminated macro "%{" (s7.1)' };
    const body = text.slice(index + 2, close);
    const match = MACRO_BODY.exec(body);
    const letter = match?.[1]?.toLowerCase();
    if (!match || !letter || !letters.has(letter)) {
      const where = mode === 'explain' ? '' : '; c, r and t only in exp= text (s7.2)';
      return { ok: false, error: `invalid macro "%{${body}}"${where}` };
    }
    const digits = match[2] ?? '';
    const keep = digits === '' ? undefined : Number(digits);
    if (keep === 0)
      return { ok: false, error: `macro "%{${body}}": digits must be nonzero (s7.3)` };
    flush();
    parts.push({
      letter: letter as MacroLetter,
      escape: match[1] !== letter,
      keep,
      reverse: (match[3] ?? '') !== '',
      delimiters: match[4] || '.',
    });
    usesP ||= letter === 'p';
    tail = '';
    endsWithMacro = true;
    index = close + 1;
  }
  flush();
  return { ok: true, value: { text, parts, usesP, tail, endsWithMacro } };
}

/**
 * s7.1 domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
 */
export function parseDomainSpec(
  text: string,
  isToplabel: (label: string) => boolean,
): Parsed<MacroString> {
  if (text === '') return { ok: false, error: 'empty domain-spec (s7.1)' };
  const parsed = parseMacroString(text, 'term');
  if (!parsed.ok || parsed.value.endsWithMacro) return parsed;
  const tail = parsed.value.tail.endsWith('.') ? parsed.value.tail.slice(0, -1) : parsed.value.tail;
  const dot = tail.lastIndexOf('.');
  if (dot < 0 || !isToplabel(tail.slice(dot + 1))) {
    return {
      ok: false,
      error: `"${text}" is not a valid domain-spec: it must end with a macro or with "." and a top-level label that is not all digits (s7.1)`,
    };
  }
  return parsed;
}

export type MacroValues = Partial<Record<MacroLetter, string>>;

/** RFC 3986 s2.3 unreserved characters stay; every other octet becomes %XX (s7.3). */
export function urlEscape(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * s7.3: split on the delimiters, reverse when asked, keep the right-hand parts, rejoin with ".".
 */
function transform(value: string, ref: MacroRef): string {
  let parts = value.split(new RegExp(`[${ref.delimiters.replace(/[\]\\^-]/g, '\\$&')}]`));
  if (ref.reverse) parts = parts.reverse();
  if (ref.keep !== undefined && ref.keep < parts.length) parts = parts.slice(-ref.keep);
  const joined = parts.join('.');
  return ref.escape ? urlEscape(joined) : joined;
}

/** Expand with the values at hand; a letter without a value expands to "" (callers give all). */
export function expandMacros(macro: MacroString, values: MacroValues): string {
  let out = '';
  for (const part of macro.parts) {
    out += typeof part === 'string' ? part : transform(values[part.letter] ?? '', part);
  }
  return out;
}
