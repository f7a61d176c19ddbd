/**
 * Finding every literal of every lexicon in one pass over the text, at a cost linear in the
 * text and independent of the number of wordings (no regex alternation retried at each
 * position, nothing to backtrack). Two matchers over one trie layout:
 *
 * - `buildWordTrie`: literals that start a word (most of them) are walked from each word start
 *   only, so no failure links are needed and building is a plain insertion;
 * - `buildAutomaton`: Aho–Corasick for the rest (compound parts such as `*adresse`) and for
 *   scripts written without spaces, where any position can start a word.
 *
 * Layout: characters are numbered by one alphabet of those the patterns use (any other
 * character ends a walk at once); the root and the states with many children have dense rows
 * over it, the others keep their few children in one flat run (compressed rows). Typed arrays
 * throughout, so a build takes a few milliseconds.
 */
import { foldCode, isWordCode } from './forms.ts';

export interface Matcher {
  /** Calls `hit` for each occurrence of a pattern with its (exclusive) end; `true` stops. */
  scan(text: string, hit: (pattern: number, end: number) => boolean | void): void;
  readonly states: number;
}

/** One numbering of characters for every matcher; 0 is "no pattern uses it". */
const SYMBOL = new Uint16Array(0x10000);
let symbols = 0;

interface Trie {
  count: number;
  /** Child rows: dense over the alphabet for wide states, a short run for the others. */
  width: number;
  denseRow: Int32Array;
  dense: Int32Array;
  rowStart: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
  outHead: Int32Array;
  outNext: Int32Array;
  /** Linked children, kept for building failure links. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  codeOf: Uint16Array;
}

const WIDE = 6;

function buildTrie(patterns: readonly string[]): Trie {
  let capacity = 1;
  for (const pattern of patterns) capacity += pattern.length;
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const codeOf = new Uint16Array(capacity);
  const outHead = new Int32Array(capacity).fill(-1);
  const outNext = new Int32Array(patterns.length).fill(-1);
  const rootNext = new Map<number, number>();
  let count = 1;
  patterns.forEach((pattern, id) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (SYMBOL[code] === 0) SYMBOL[code] = ++symbols;
      let to = -1;
      if (state === 0) to = rootNext.get(code) ?? -1;
      else
        for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!)
          if (codeOf[c] === code) {
            to = c;
            break;
          }
      if (to === -1) {
        to = count++;
        codeOf[to] = code;
        nextSibling[to] = firstChild[state]!;
        firstChild[state] = to;
        if (state === 0) rootNext.set(code, to);
      }
      state = to;
    }
    outNext[id] = outHead[state]!;
    outHead[state] = id;
  });

  const width = symbols + 1;
  const rowStart = new Int32Array(count + 1);
  const denseRow = new Int32Array(count).fill(-1);
  let wide = 0;
  for (let s = 0; s < count; s++) {
    let n = 0;
    for (let c = firstChild[s]!; c !== -1; c = nextSibling[c]!) n++;
    if (n >= WIDE || s === 0) {
      denseRow[s] = wide++ * width;
      n = 0;
    }
    rowStart[s + 1] = rowStart[s]! + n;
  }
  const codes = new Uint16Array(rowStart[count]!);
  const targets = new Int32Array(rowStart[count]!);
  const dense = new Int32Array(wide * width);
  for (let s = 0; s < count; s++) {
    let at = rowStart[s]!;
    const row = denseRow[s]!;
    for (let c = firstChild[s]!; c !== -1; c = nextSibling[c]!) {
      const symbol = SYMBOL[codeOf[c]!]!;
      if (row >= 0) dense[row + symbol] = c;
      else {
        codes[at] = symbol;
        targets[at++] = c;
      }
    }
  }
  return {
    count,
    width,
    denseRow,
    dense,
    rowStart,
    codes,
    targets,
    outHead,
    outNext,
    firstChild,
    nextSibling,
    codeOf,
  };
}

/** `childOf(state, symbol)`: the child, or 0 (the root never is a child). */
function children(t: Trie): (state: number, symbol: number) => number {
  const { width, denseRow, dense, rowStart, codes, targets } = t;
  return (state, symbol) => {
    if (symbol >= width) return 0;
    const row = denseRow[state]!;
    if (row >= 0) return dense[row + symbol]!;
    for (let at = rowStart[state]!, end = rowStart[state + 1]!; at < end; at++)
      if (codes[at] === symbol) return targets[at]!;
    return 0;
  };
}

export function buildWordTrie(patterns: readonly string[]): Matcher {
  const t = buildTrie(patterns);
  const childOf = children(t);
  const { outHead, outNext } = t;
  return {
    states: t.count,
    scan(text, hit) {
      let previousIsWord = false;
      for (let i = 0; i < text.length; i++) {
        const code = foldCode(text.charCodeAt(i));
        const isWord = isWordCode(code);
        const starts = isWord && !previousIsWord;
        previousIsWord = isWord;
        if (!starts) continue;
        let state = 0;
        for (let j = i; j < text.length; j++) {
          state = childOf(state, SYMBOL[j === i ? code : foldCode(text.charCodeAt(j))]!);
          if (state === 0) break;
          for (let id = outHead[state]!; id !== -1; id = outNext[id]!) if (hit(id, j + 1)) return;
        }
      }
    },
  };
}

export function buildAutomaton(patterns: readonly string[]): Matcher {
  const t = buildTrie(patterns);
  const childOf = children(t);
  const { count, firstChild, nextSibling, codeOf, outHead, outNext } = t;
  // Failure and dictionary-suffix links, breadth first.
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count);
  const order = new Int32Array(count);
  let tail = 0;
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) order[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!) {
      const symbol = SYMBOL[codeOf[c]!]!;
      let f = fail[state]!;
      let target = childOf(f, symbol);
      while (target === 0 && f !== 0) {
        f = fail[f]!;
        target = childOf(f, symbol);
      }
      fail[c] = target;
      outLink[c] = outHead[target]! !== -1 ? target : outLink[target]!;
      order[tail++] = c;
    }
  }
  const emits = new Uint8Array(count);
  for (let s = 1; s < count; s++) emits[s] = outHead[s]! !== -1 || outLink[s]! !== 0 ? 1 : 0;

  return {
    states: count,
    scan(text, hit) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const symbol = SYMBOL[foldCode(text.charCodeAt(i))]!;
        let next = childOf(state, symbol);
        while (next === 0 && state !== 0) {
          state = fail[state]!;
          next = childOf(state, symbol);
        }
        state = next;
        if (emits[state] === 0) continue;
        for (let s = state; s !== 0; s = outLink[s]!)
          for (let id = outHead[s]!; id !== -1; id = outNext[id]!) if (hit(id, i + 1)) return;
      }
    },
  };
}
