/**
 * Which of many literal keywords occur in a text, in one pass over it (Aho–Corasick). Rules are
 * indexed by the keywords they must contain, so a text is tested only against the rules whose
 * keywords it holds, however many rules there are.
 * Aho & Corasick, "Efficient string matching", CACM 18(6), 1975.
 *
 * The automaton is compiled to a transition table over the characters the keywords use (every
 * other character leads back to the start), so each character of the text costs one lookup.
 */

export interface KeywordIndex {
  readonly keywords: readonly string[];
  /** Indexes into `keywords` of those the text contains, each once, in no particular order. */
  found(text: string): number[];
}

export function keywordIndex(keywords: readonly string[]): KeywordIndex {
  // Character classes: 0 for any character no keyword uses, 1..n for the others.
  const ascii = new Uint16Array(128);
  const wide = new Map<number, number>();
  let classes = 1;
  const classOf = (unit: number) => (unit < 128 ? ascii[unit]! : (wide.get(unit) ?? 0));
  for (const keyword of keywords) {
    if (!keyword) throw new Error('keywordIndex: empty keyword');
    for (let i = 0; i < keyword.length; i++) {
      const unit = keyword.charCodeAt(i);
      if (classOf(unit)) continue;
      if (unit < 128) ascii[unit] = classes++;
      else wide.set(unit, classes++);
    }
  }

  // The trie, state 0 its root.
  const children: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  for (const [id, keyword] of keywords.entries()) {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = classOf(keyword.charCodeAt(i));
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push([]);
        children[state]!.set(c, next);
      }
      state = next;
    }
    output[state]!.push(id);
  }

  // Breadth first: each state's failure link, its full row of transitions, and its output with
  // its failure state's output added.
  const states = children.length;
  const next = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const [c, child] of children[0]!) {
    next[c] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    if (output[f]!.length) output[state] = [...output[state]!, ...output[f]!];
    const row = state * classes;
    const failRow = f * classes;
    for (let c = 0; c < classes; c++) next[row + c] = next[failRow + c]!;
    for (const [c, child] of children[state]!) {
      fail[child] = next[failRow + c]!;
      next[row + c] = child;
      queue.push(child);
    }
  }
  const hasOutput = Uint8Array.from(output, (out) => (out.length ? 1 : 0));

  const seen = new Uint8Array(keywords.length);
  return {
    keywords,
    found(text) {
      const hits: number[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        const c = unit < 128 ? ascii[unit]! : (wide.get(unit) ?? 0);
        state = next[state * classes + c]!;
        if (!hasOutput[state]) continue;
        for (const id of output[state]!) {
          if (seen[id]) continue;
          seen[id] = 1;
          hits.push(id);
        }
      }
      for (const id of hits) seen[id] = 0;
      return hits;
    },
  };
}
