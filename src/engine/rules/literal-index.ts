/**
 * Which of an ordered list of patterns a text could match, judged by the literals each requires
 * (required-literals.ts), found in one pass (keyword-index.ts). Patterns that require no literal
 * are always candidates. The answer keeps the list's order, for first-match-wins tables.
 */
import { keywordIndex } from './keyword-index.ts';
import { requiredLiterals } from './required-literals.ts';

export interface LiteralIndex {
  /** Indexes into the pattern list, ascending, of the patterns the text could match. */
  candidates(text: string): number[];
}

export function literalIndex(patterns: readonly RegExp[]): LiteralIndex {
  const always: number[] = [];
  const keywords: string[] = [];
  const byKeyword: number[][] = [];
  const slot = new Map<string, number>();
  for (const [i, pattern] of patterns.entries()) {
    const literals = requiredLiterals(pattern);
    if (!literals) {
      always.push(i);
      continue;
    }
    for (const keyword of literals) {
      let id = slot.get(keyword);
      if (id === undefined) {
        slot.set(keyword, (id = keywords.length));
        keywords.push(keyword);
        byKeyword.push([]);
      }
      byKeyword[id]!.push(i);
    }
  }
  const index = keywordIndex(keywords);
  const seen = new Uint8Array(patterns.length);
  return {
    candidates(text) {
      const out = [...always];
      for (const id of index.found(text)) {
        for (const i of byKeyword[id]!) {
          if (seen[i]) continue;
          seen[i] = 1;
          out.push(i);
        }
      }
      for (const i of out) seen[i] = 0;
      return out.sort((a, b) => a - b);
    },
  };
}
