/**
 * Just enough HTML-to-text for bounce notices that come only as HTML (in a message, or as the
 * body of an Outlook .msg). A string transform only: the result is read as text and never
 * rendered as markup. Linear time, whatever the input.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

const HIDDEN_OPEN = /<(script|style|head)\b/gi;

/**
 * Drops <script>, <style> and <head> blocks. Each closing tag is searched once from its opening
 * tag; an unclosed block hides the rest, so no part of the input is scanned twice.
 */
function withoutHiddenBlocks(html: string): string {
  let out = '';
  let from = 0;
  HIDDEN_OPEN.lastIndex = 0;
  for (let open = HIDDEN_OPEN.exec(html); open; open = HIDDEN_OPEN.exec(html)) {
    out += html.slice(from, open.index);
    const close = new RegExp(`</${open[1]}\\s*>`, 'gi');
    close.lastIndex = open.index;
    if (!close.exec(html)) return out;
    from = close.lastIndex;
    HIDDEN_OPEN.lastIndex = from;
  }
  return from === 0 ? html : out + html.slice(from);
}

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
  const code =
    name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  // Out-of-range references (&#99999999;) stay as written rather than throw.
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : entity;
}

/** The longest tag read as one; a "<" with no ">" this close is text. */
const MAX_TAG_CHARS = 2000;
/** Tags that end a line: <br>, and the opening or closing tag of a block. */
const LINE_TAG = /^(?:br\s*\/?$|\/?(?:p|div|tr|li|h[1-6]|table|blockquote)\b)/i;

/**
 * Replaces each tag with a line break or nothing, in one pass: the next ">" is looked up once
 * for all the "<" before it, so a run of "<" costs no more than its length (a pattern like
 * `<[^>]{0,2000}>` tries 2,000 characters at each of them).
 */
function withoutTags(html: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  for (let open = html.indexOf('<'); open >= 0; open = html.indexOf('<', from)) {
    if (close < open) close = html.indexOf('>', open);
    if (close < 0) break;
    if (close - open - 1 > MAX_TAG_CHARS) {
      out += html.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += html.slice(from, open) + (LINE_TAG.test(html.slice(open + 1, close)) ? '\n' : '');
    from = close + 1;
  }
  return from === 0 ? html : out + html.slice(from);
}

/** Spaces and tabs before each line break, dropped (a pattern would retry every long run). */
function withoutTrailingSpace(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join('\n');
}

export function htmlToText(html: string): string {
  const text = withoutTags(withoutHiddenBlocks(html)).replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    decodeEntity,
  );
  return withoutTrailingSpace(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
