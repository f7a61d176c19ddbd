/**
 * Which of many literal keywords occur in a text, in one pass over it (Aho–Corasick). Rules are
 * indexed by the keywords they must contain, so a text is tested only against the rules whose
 * keywords it holds, however many rules there are.
 * Aho & Corasick, "Efficient string matching", CACM 18(6), 1975.
 */

export interface KeywordIndex {
  readonly keywords: readonly string[];
  /** Indexes into `keywords` of those the text contains, each once, in no particular order. */
  found(text: string): number[];
}

export function keywordIndex(keywords: readonly string[]): KeywordIndex {
  // State 0 is the root. goto[state] maps a UTF-16 code unit to the next state.
  const goto: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  for (const [id, keyword] of keywords.entries()) {
    if (!keyword) throw new Error('keywordIndex: empty keyword');
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const unit = keyword.charCodeAt(i);
      let next = goto[state]!.get(unit);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        output.push([]);
        goto[state]!.set(unit, next);
      }
      state = next;
    }
    output[state]!.push(id);
  }
  // Failure links, breadth first; each state's output also holds its failure state's output.
  const fail = new Int32Array(goto.length);
  const queue: number[] = [...goto[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [unit, next] of goto[state]!) {
      queue.push(next);
      let f = fail[state]!;
      while (f !== 0 && !goto[f]!.has(unit)) f = fail[f]!;
      const target = goto[f]!.get(unit);
      fail[next] = target !== undefined && target !== next ? target : 0;
      const inherited = output[fail[next]!]!;
      if (inherited.length) output[next] = [...output[next]!, ...inherited];
    }
  }
  const seen = new Uint8Array(keywords.length);
  return {
    keywords,
    found(text) {
      const hits: number[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        let next = goto[state]!.get(unit);
        while (next === undefined && state !== 0) {
          state = fail[state]!;
          next = goto[state]!.get(unit);
        }
        state = next ?? 0;
        const out = output[state]!;
        for (let k = 0; k < out.length; k++) {
          const id = out[k]!;
          if (!seen[id]) {
            seen[id] = 1;
            hits.push(id);
          }
        }
      }
      for (const id of hits) seen[id] = 0;
      return hits;
    },
  };
}
