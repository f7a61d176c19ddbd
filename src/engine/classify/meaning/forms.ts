/**
 * Wording families written compactly and expanded into the literal strings an automaton matches.
 *
 *   `postf(a|ä)ch*`     `(x|y)` alternatives, `?` makes the group or character before it optional
 *   `*adresse`          a leading `*`: may sit inside a compound ("Empfängeradresse")
 *   `unbekannt*`        a trailing `*`: a stem, any ending ("unbekannte", "unbekannten")
 *   `\(`                a backslash takes the next character literally
 *
 * Without a leading `*` a form starts at a word boundary; without a trailing one it ends at one.
 * Boundaries only count between letters of scripts written with spaces (Latin, Greek, Cyrillic):
 * Chinese and Japanese have none, and Korean particles attach to the word before them.
 */

export interface Form {
  /** Folded spellings up to `head` characters long, complete. */
  exact: string[];
  /** The first `head` characters of longer spellings: the rest is checked by `patternOf`. */
  heads: string[];
  /** The form without its `*` marks. */
  body: string;
  openStart: boolean;
  openEnd: boolean;
}

const GRAMMAR = /[()|?\\]/;

const MAX_VARIANTS = 512;

/** Accents and typographic marks onto their base, one code unit for one (positions stay true). */
const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < FOLD.length; code++) FOLD[code] = code;
const FOLDS: [string, string][] = [
  ['àáâãäåāăą', 'a'],
  ['çćčĉ', 'c'],
  ['ďđ', 'd'],
  ['èéêëēėęě', 'e'],
  ['ğ', 'g'],
  ['ìíîïīįı', 'i'],
  ['ł', 'l'],
  ['ñńňņ', 'n'],
  ['òóôõöøōő', 'o'],
  ['ř', 'r'],
  ['śšşșß', 's'],
  ['ťţț', 't'],
  ['ùúûüūůűų', 'u'],
  ['ýÿ', 'y'],
  ['źżž', 'z'],
  ['ё', 'е'],
  // Greek's tonos and dialytika: capitals drop them ("ΤΟΜΕΑΣ" is "τομέας").
  ['ά', 'α'],
  ['έ', 'ε'],
  ['ή', 'η'],
  ['ίϊΐ', 'ι'],
  ['ό', 'ο'],
  ['ύϋΰ', 'υ'],
  ['ώ', 'ω'],
  ['’‘`´ʼ', "'"],
  ['“”„«»', '"'],
  ['\u00a0\u3000', ' '],
  ['‐‑–—', '-'],
];
for (const [from, to] of FOLDS) for (const ch of from) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);

export const foldCode = (code: number): number => FOLD[code]!;

/** The text with every character folded; ASCII text is returned as it is. */
export function fold(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) out += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
  return out;
}

/** Letters and digits of scripts that separate words with spaces (below U+0530). */
const WORD = new Uint8Array(0x530);
for (let code = 0; code < WORD.length; code++)
  WORD[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;

export const isWordCode = (code: number): boolean => code < 0x530 && WORD[code] === 1;

/** German writes ä ö ü ß as ae oe ue ss where the keyboard has none ("Empfaenger"). */
const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const TRANSLITERABLE = /[äöüß]/;
const TRANSLITERABLE_ALL = /[äöüß]/g;

/** Marks a spelling cut at the head length. */
const CUT = '\u0001';

export function expandForm(form: string, head = Infinity): Form {
  let body = form;
  const openStart = body.startsWith('*');
  if (openStart) body = body.slice(1);
  const openEnd = body.endsWith('*') && !body.endsWith('\\*');
  if (openEnd) body = body.slice(0, -1);
  // A plain word or phrase (most forms) is its own only spelling.
  if (!GRAMMAR.test(body) && !TRANSLITERABLE.test(body)) {
    const folded = fold(body);
    return folded.length > head
      ? { exact: [], heads: [folded.slice(0, head)], body, openStart, openEnd }
      : { exact: [folded], heads: [], body, openStart, openEnd };
  }
  // The grammar's own marks are ASCII and fold to themselves: fold the form once, then expand.
  const spellings = new Set(parse(fold(body), head));
  if (TRANSLITERABLE.test(body))
    for (const spelling of parse(
      fold(body.replace(TRANSLITERABLE_ALL, (ch) => TRANSLITERATION[ch]!)),
      head,
    ))
      spellings.add(spelling);
  spellings.delete('');
  if (spellings.size === 0) throw new Error(`lexicon form "${form}" matches nothing`);
  const exact: string[] = [];
  const heads: string[] = [];
  for (const spelling of spellings)
    if (spelling.endsWith(CUT)) heads.push(spelling.slice(0, -1));
    else exact.push(spelling);
  return { exact, heads, body, openStart, openEnd };
}

/** Letters and digits (below U+0530) that may not follow a form that ends at a word boundary. */
const NO_WORD_AFTER = '(?![0-9a-z\u00b5\u00df-\u00ff\u0100-\u052f])';

/** The whole form as a regular expression over folded text: finite, so nothing to backtrack. */
export function patternOf(body: string, openEnd: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|' || ch === '?') out += ch;
    else {
      const literal = ch === '\\' ? body[++i]! : ch;
      const folded = fold(literal).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      const spelt = TRANSLITERATION[literal];
      out += spelt ? `(?:${folded}|${spelt})` : folded;
    }
  }
  return openEnd ? out : out + NO_WORD_AFTER;
}

/** The first `head` characters, marked as cut (a cut inside is dropped first). */
function cutAt(spelling: string, head: number): string {
  const plain = spelling.includes(CUT) ? spelling.slice(0, spelling.indexOf(CUT)) : spelling;
  return plain.slice(0, head) + CUT;
}

/** Recursive descent over the small grammar above; returns every spelling (cut at `head`). */
function parse(source: string, head: number): string[] {
  let at = 0;
  // Spellings longer than `head` are kept as their first `head` characters, marked as cut.
  const cross = (left: string[], right: string[]): string[] => {
    const out: string[] = [];
    for (const a of left) {
      if (a.charCodeAt(a.length - 1) === 1) {
        out.push(a);
        continue;
      }
      for (const b of right) {
        const whole = a + b;
        out.push(
          whole.length > head || b.charCodeAt(b.length - 1) === 1 ? cutAt(whole, head) : whole,
        );
      }
    }
    if (out.length > MAX_VARIANTS)
      throw new Error(`lexicon form "${source}" has too many spellings`);
    return out;
  };
  const sequence = (): string[] => {
    let result = [''];
    // Runs of plain characters are appended at once; only groups and `?` multiply spellings.
    let run = '';
    const flush = () => {
      if (run) result = cross(result, [run]);
      run = '';
    };
    while (at < source.length && source[at] !== ')' && source[at] !== '|') {
      const ch = source[at]!;
      let unit: string[] | undefined;
      if (ch === '(') {
        at++;
        unit = alternatives();
        if (source[at] !== ')') throw new Error(`lexicon form "${source}": unclosed group`);
        at++;
      } else {
        const literal = ch === '\\' ? (source[at + 1] ?? '') : ch;
        at += ch === '\\' ? 2 : 1;
        if (source[at] === '?') unit = [literal];
        else run += literal;
      }
      if (!unit) continue;
      if (source[at] === '?') {
        unit = [...unit, ''];
        at++;
      }
      flush();
      result = cross(result, unit);
    }
    flush();
    return result;
  };
  const alternatives = (): string[] => {
    const out = sequence();
    while (source[at] === '|') {
      at++;
      out.push(...sequence());
    }
    return out;
  };
  const all = alternatives();
  if (at !== source.length) throw new Error(`lexicon form "${source}": stray "${source[at]}"`);
  return all;
}
