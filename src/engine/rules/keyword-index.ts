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
  // lie together in the tables (not scattered over megabytes), which is most of what a lookup
  // costs. A child is never the root, so 0 in a cell means no child. Two bytes a cell when the
  // states allow: half the memory a text walks through.
  let bound = 1;
  for (const keyword of keywords) bound += keyword.length;
  const cells = () =>
    bound < 0xffff ? new Uint16Array(bound * classes) : new Int32Array(bound * classes);
  const trie = cells();
  const output: number[][] = [[]];
  const fail = new Int32Array(bound);
  // At each depth only the keywords that reach it are walked: as many steps as characters. A
  // new state's failure state is shallower, so its own is known: the failure links come with it.
  let active = keywords.map((_, id) => id);
  const at = new Int32Array(keywords.length);
  for (let depth = 0; active.length > 0; depth++) {
    const deeper: number[] = [];
    for (let k = 0; k < active.length; k++) {
      const id = active[k]!;
      const keyword = keywords[id]!;
      const parent = at[id]!;
      const c = classOf(keyword.charCodeAt(depth));
      let child = trie[parent * classes + c]!;
      if (child === 0) {
        child = output.length;
        trie[parent * classes + c] = child;
        output.push([]);
        let f = fail[parent]!;
        while (parent !== 0 && f !== 0 && trie[f * classes + c] === 0) f = fail[f]!;
        fail[child] = parent === 0 ? 0 : trie[f * classes + c]!;
      }
      at[id] = child;
      if (depth === keyword.length - 1) output[child]!.push(id);
      else deeper.push(id);
    }
    active = deeper;
  }
  // Each state's output with its failure state's added, in breadth-first order.
  for (let state = 1; state < output.length; state++) {
    const inherited = output[fail[state]!]!;
    if (inherited.length) output[state] = [...output[state]!, ...inherited];
  }
  const hasOutput = Uint8Array.from(output, (out) => (out.length ? 1 : 0));

  // The transition table holds state + 1, 0 for a transition not yet worked out: a row is filled
  // as texts reach it, so building the index costs the trie, not states x classes cells.
  const next = cells();
  const step = (state: number, c: number): number => {
    const child = trie[state * classes + c]!;
    const to = child !== 0 || state === 0 ? child : transition(fail[state]!, c);
    next[state * classes + c] = to + 1;
    return to;
  };
  const transition = (state: number, c: number): number => {
    const cell = next[state * classes + c]!;
    return cell !== 0 ? cell - 1 : step(state, c);
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
