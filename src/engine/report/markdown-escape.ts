/**
 * Escaping for text from outside (the bounce, DNS answers) that goes into the Markdown export.
 * A backslash goes only where CommonMark 0.31 (https://spec.commonmark.org/0.31.2/) or GFM
 * (https://github.github.com/gfm/) would otherwise read the character as markup, so that
 * `well-formed`, `AS(201806281)` and `v=spf1 -all` stay readable as plain text in a ticket,
 * while pasted text still cannot become a link, an image, HTML, a code span or emphasis.
 *
 * The text goes on one line after a prefix of ours ("- Found: "): line breaks become spaces and
 * leading and trailing blanks go (indented code, hard line breaks). Left as they are, because
 * nothing they could form shows other text than their own: bare URLs and e-mail addresses (GFM
 * may turn them into links, which show exactly their target), and `|` (a table needs a
 * delimiter row on the next line, which is always ours).
 */

/** ASCII punctuation: what a backslash escapes (CommonMark §2.4). */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Unicode punctuation and symbols (§2.1), which decide whether a delimiter run flanks. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
/** An entity or numeric character reference, which would render as another character (§2.5). */
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
/** What may follow `<` in raw HTML or an autolink: a tag, `</`, `<!--`, `<?`, a scheme (§6.5, §6.6). */
const TAG_START = /[A-Za-z/!?]/;
/** Blocks that a line may start with (§4, §5): heading, quote, list item, fence, thematic break. */
const BLOCK_STARTS: readonly RegExp[] = [
  /^#{1,6}(?:\s|$)/,
  /^>/,
  /^[-+*](?:\s|$)/,
  /^([-*_])(?:\s*\1){2,}\s*$/,
  /^(?:`{3,}|~{3,})/,
  // A link reference or footnote definition, or a GFM task box.
  /^\[.*\]:/,
  /^\[[ xX]\](?:\s|$)/,
];
const ORDERED_ITEM = /^\d{1,9}([.)])(?:\s|$)/;

type Kind = 'space' | 'punct' | 'other';

function kindOf(ch: string | undefined): Kind {
  if (ch === undefined || WHITESPACE.test(ch)) return 'space';
  return PUNCTUATION.test(ch) ? 'punct' : 'other';
}

interface Run {
  start: number;
  end: number;
  opens: boolean;
  closes: boolean;
}

/** Runs of `*`, `_` or `~` and whether each can open or close emphasis (§6.2). */
function delimiterRuns(text: string, ch: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(new RegExp(`\\${ch}+`, 'g'))) {
    const start = match.index;
    const end = start + match[0].length;
    const before = kindOf(text[start - 1]);
    const after = kindOf(text[end]);
    const left = after !== 'space' && (after !== 'punct' || before !== 'other');
    const right = before !== 'space' && (before !== 'punct' || after !== 'other');
    // `_` inside a word neither opens nor closes; `*` and GFM's `~` do.
    const opens = ch === '_' ? left && (!right || before === 'punct') : left;
    const closes = ch === '_' ? right && (!left || after === 'punct') : right;
    runs.push({ start, end, opens, closes });
  }
  return runs;
}

/** Emphasis needs an opening run before a closing one: only then are the flanking runs escaped. */
function emphasisEscapes(text: string, marks: Set<number>): void {
  for (const ch of ['*', '_', '~']) {
    const runs = delimiterRuns(text, ch);
    const firstOpener = runs.findIndex((run) => run.opens);
    const pairs = firstOpener >= 0 && runs.slice(firstOpener + 1).some((run) => run.closes);
    if (!pairs) continue;
    for (const run of runs) {
      if (!run.opens && !run.closes) continue;
      for (let i = run.start; i < run.end; i += 1) marks.add(i);
    }
  }
}

/** A code span needs two backtick runs of the same length (§6.1). */
function codeSpanEscapes(text: string, marks: Set<number>): void {
  const runs = [...text.matchAll(/`+/g)];
  const lengths = runs.map((run) => run[0].length);
  if (new Set(lengths).size === lengths.length) return;
  for (const run of runs) for (let i = 0; i < run[0].length; i += 1) marks.add(run.index + i);
}

function blockStartEscapes(text: string, marks: Set<number>): void {
  if (BLOCK_STARTS.some((start) => start.test(text))) {
    // The whole leading run: what is left of a fence or a rule must not pair up inline.
    const run = /^(?:`+|~+|\*+|-+|_+)/.exec(text)?.[0].length ?? 1;
    for (let i = 0; i < run; i += 1) marks.add(i);
  }
  const ordered = ORDERED_ITEM.exec(text);
  if (ordered?.[1]) marks.add(text.indexOf(ordered[1]));
  // An HTML block starts with `<div` or `<!--` even without a closing `>` (§4.6).
  if (text[0] === '<' && TAG_START.test(text[1] ?? '')) marks.add(0);
}

export interface EscapeOptions {
  /** Inside a link's text, where any unbalanced bracket would end or break the link. */
  inLinkText?: boolean;
}

/** Escape what would render as markup, so the text shows as written. */
export function escapeMarkdown(raw: string, options: EscapeOptions = {}): string {
  const text = raw.replace(/\r\n?|\n/g, ' ').trim();
  const marks = new Set<number>();
  blockStartEscapes(text, marks);
  emphasisEscapes(text, marks);
  codeSpanEscapes(text, marks);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '\\' && (next === undefined || ASCII_PUNCTUATION.test(next))) marks.add(i);
    else if (ch === '<' && TAG_START.test(next ?? '') && text.includes('>', i)) marks.add(i);
    else if (ch === '&' && ENTITY.test(text.slice(i, i + 40))) marks.add(i);
    // `[text](url)` and `![alt](src)`: the `]` right before `(` ends the link text (§6.3).
    else if (ch === ']' && (options.inLinkText || (next === '(' && text.lastIndexOf('[', i) >= 0)))
      marks.add(i);
    else if (ch === '[' && options.inLinkText) marks.add(i);
  }
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += marks.has(i) ? `\\${text[i]}` : text[i];
  return out;
}
