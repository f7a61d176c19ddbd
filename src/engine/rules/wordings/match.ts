/**
 * Which wording rule a server's text matches. The rules are indexed by the literals they
 * require, so a text is tested only against rules whose literals it contains. Among the rules of
 * one weight that match, the leftmost match wins — a server states the cause first and adds
 * advice after it ("rejected as spam; see our guide to SPF") — unless a rule says it outranks
 * the leftmost one (a specific wording over the general one it contains). Rules of the same
 * position are taken in registry order.
 */
import { keywordIndex } from '../keyword-index.ts';
import { branchesOf } from './branches.ts';
import { WORDING_RULES } from './index.ts';
import type { SmtpCommand } from '../../parse/types.ts';
import type { WordingRule } from './types.ts';

export interface WordingMatch {
  rule: WordingRule;
  matched: string;
  /** Where in the text the match starts. */
  at: number;
}

export interface WordingMatches {
  /** The match of a rule that names the cause. */
  cause?: WordingMatch;
  /** The match of a generic rule. */
  hint?: WordingMatch;
  /** The match of a rule that names only what was refused ("Recipient address rejected:"). */
  prefix?: WordingMatch;
}

const WEIGHTS = ['cause', 'hint', 'prefix'] as const;

export interface WordingMatcher {
  match(text: string, command?: SmtpCommand): WordingMatches;
}

export function wordingMatcher(rules: readonly WordingRule[]): WordingMatcher {
  // Each rule's top-level alternatives are indexed on their own: a text is tried only against
  // the alternatives whose literals it holds, not against every branch of a matching rule.
  const branches: { rule: number; pattern: RegExp }[] = [];
  const keywords: string[] = [];
  const byKeyword: number[][] = [];
  const slot = new Map<string, number>();
  for (const [i, rule] of rules.entries()) {
    for (const branch of branchesOf(rule)) {
      // A branch that requires no literal would make the rule require none: tried on every text.
      if (!branch.literals) throw new Error(`wording rule ${rule.id} requires no literal text`);
      const b = branches.push({ rule: i, pattern: branch.pattern }) - 1;
      for (const keyword of branch.literals) {
        let id = slot.get(keyword);
        if (id === undefined) {
          slot.set(keyword, (id = keywords.length));
          keywords.push(keyword);
          byKeyword.push([]);
        }
        byKeyword[id]!.push(b);
      }
    }
  }
  const index = keywordIndex(keywords);
  const tried = new Uint8Array(branches.length);
  return {
    match(text, command) {
      const candidates: number[] = [];
      for (const id of index.found(text)) {
        for (const b of byKeyword[id]!) {
          if (tried[b]) continue;
          tried[b] = 1;
          candidates.push(b);
        }
      }
      // Branches are numbered in rule order, so sorting them keeps the registry's order.
      candidates.sort((a, b) => a - b);
      const all: Record<(typeof WEIGHTS)[number], WordingMatch[]> = {
        cause: [],
        hint: [],
        prefix: [],
      };
      let last: WordingMatch | undefined;
      for (const b of candidates) {
        tried[b] = 0;
        const { rule: i, pattern } = branches[b]!;
        const rule = rules[i]!;
        if (rule.commands && command && !rule.commands.includes(command)) continue;
        const match = pattern.exec(text);
        if (!match) continue;
        // One match per rule: the leftmost of its alternatives.
        if (last?.rule === rule) {
          if (match.index < last.at) Object.assign(last, { matched: match[0], at: match.index });
          continue;
        }
        last = { rule, matched: match[0], at: match.index };
        all[rule.weight ?? 'cause'].push(last);
      }
      const found: WordingMatches = {};
      for (const weight of WEIGHTS) {
        const best = pick(all[weight]);
        if (best) found[weight] = best;
      }
      return found;
    },
  };
}

/** The leftmost match, or one that outranks it; ties go to the earlier rule (candidates are in order). */
function pick(matches: WordingMatch[]): WordingMatch | undefined {
  let best: WordingMatch | undefined;
  for (const m of matches) if (!best || m.at < best.at) best = m;
  if (!best) return undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const m of matches) {
      if (m !== best && m.rule.outranks?.includes(best.rule.id)) {
        best = m;
        changed = true;
      }
    }
  }
  return best;
}

let shared: WordingMatcher | undefined;

/** The matcher over the registry, built on first use. */
export function matchWordings(text: string, command?: SmtpCommand): WordingMatches {
  return (shared ??= wordingMatcher(WORDING_RULES)).match(text, command);
}
