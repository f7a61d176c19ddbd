/**
 * Which of many literal keywords occur in a text, in one pass over it (Aho–Corasick). Rules are
 * indexed by the keywords they must contain, so a text is tested only against the rules whose
 * keywords it holds, however many rules there are.
 * Aho & Corasick, "Efficient string matching", CACM 18(6), 1975.
 *
 * The automaton is a transition table over the characters the keywords use (every other
 * character leads back to the start), filled in as texts need it, so each character of the text
 * costs one lookup once the index has seen texts like it.
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

  // Breadth first: each state's failure link and its output with its failure state's output added.
  const states = children.length;
  const fail = new Int32Array(states);
  const queue: number[] = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (output[fail[state]!]!.length) output[state] = [...output[state]!, ...output[fail[state]!]!];
    for (const [c, child] of children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }
  const hasOutput = Uint8Array.from(output, (out) => (out.length ? 1 : 0));

  // The transition table holds state + 1, 0 for a transition not yet worked out: a row is filled
  // as texts reach it, so building the index costs the trie, not states x classes cells.
  const next = new Int32Array(states * classes);
  const step = (state: number, c: number): number => {
    const cell = next[state * classes + c]!;
    if (cell !== 0) return cell - 1;
    let f = state;
    let target = children[f]!.get(c);
    while (target === undefined && f !== 0) {
      f = fail[f]!;
      const known = next[f * classes + c]!;
      target = known !== 0 ? known - 1 : children[f]!.get(c);
    }
    const to = target ?? 0;
    next[state * classes + c] = to + 1;
    return to;
  };

  const seen = new Uint8Array(keywords.length);
  return {
    keywords,
    found(text) {
      const hits: number[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        const c = unit < 128 ? ascii[unit]! : (wide.get(unit) ?? 0);
        const cell = next[state * classes + c]!;
        state = cell !== 0 ? cell - 1 : step(state, c);
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
