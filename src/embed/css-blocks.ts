/** A top-level statement (`@import …;`, body null) or block (`selector { body }`) of a stylesheet. */
export interface CssBlock {
  prelude: string;
  body: string | null;
}

/** The stylesheet's top-level statements and blocks, in order. Comments are dropped first. */
export function cssBlocks(css: string): CssBlock[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: CssBlock[] = [];
  let start = 0;
  let depth = 0;
  let bodyStart = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote !== null) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '{') {
      if (depth++ === 0) bodyStart = i;
    } else if (char === '}' && depth > 0) {
      if (--depth === 0) {
        blocks.push({
          prelude: text.slice(start, bodyStart).trim(),
          body: text.slice(bodyStart + 1, i),
        });
        start = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      const statement = text.slice(start, i).trim();
      if (statement) blocks.push({ prelude: statement, body: null });
      start = i + 1;
    }
  }
  return blocks;
}

/** Splits at `separator` outside brackets and strings: selector lists, declaration lists. */
export function splitTopLevel(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote !== null) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}
