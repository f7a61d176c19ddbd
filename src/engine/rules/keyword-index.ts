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

  // The trie, state 0 its root, built one depth at a time so that its states are numbered
  // breadth first: a text keeps the automaton near its root, and the shallow states' rows then
  // lie together in the table (not scattered over megabytes), which is most of what a lookup costs.
  const children: Map<number, number>[] = [new Map()];
  const output: number[][] = [[]];
  const at = new Int32Array(keywords.length);
  let longest = 0;
  for (const keyword of keywords) longest = Math.max(longest, keyword.length);
  for (let depth = 0; depth < longest; depth++) {
    for (const [id, keyword] of keywords.entries()) {
      if (depth >= keyword.length) continue;
      const c = classOf(keyword.charCodeAt(depth));
      let next = children[at[id]!]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push([]);
        children[at[id]!]!.set(c, next);
      }
      at[id] = next;
      if (depth === keyword.length - 1) output[next]!.push(id);
    }
  }
  const states = children.length;

  // In breadth-first order each state's failure link and its output with its failure state's
  // output added.
  const fail = new Int32Array(states);
  for (let state = 0; state < states; state++) {
    if (output[fail[state]!]!.length) output[state] = [...output[state]!, ...output[fail[state]!]!];
    for (const [c, child] of children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[child] = state !== 0 && target !== undefined ? target : 0;
    }
  }
  const hasOutput = Uint8Array.from(output, (out) => (out.length ? 1 : 0));

  // The transition table holds state + 1, 0 for a transition not yet worked out: a row is filled
  // as texts reach it, so building the index costs the trie, not states x classes cells. Two
  // bytes a cell when the states allow: half the memory a text walks through.
  const next =
    states < 0xffff ? new Uint16Array(states * classes) : new Int32Array(states * classes);
  const step = (state: number, c: number): number => {
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
      for (let i = 0, n = text.length; i < n; i++) {
        const unit = text.charCodeAt(i);
        const c = unit < 128 ? ascii[unit]! : (wide.get(unit) ?? 0);
        const cell = next[state * classes + c]!;
        state = cell !== 0 ? cell - 1 : step(state, c);
        if (hasOutput[state] === 0) continue;
        const out = output[state]!;
        for (let k = 0; k < out.length; k++) {
          const id = out[k]!;
          if (seen[id] === 1) continue;
          seen[id] = 1;
          hits.push(id);
        }
      }
      for (let k = 0; k < hits.length; k++) seen[hits[k]!] = 0;
      return hits;
    },
  };
}
