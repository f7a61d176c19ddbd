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

export function htmlToText(html: string): string {
  return withoutHiddenBlocks(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|li|h[1-6]|table|blockquote)\b[^>]{0,2000}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
