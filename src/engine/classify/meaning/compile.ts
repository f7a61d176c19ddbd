/**
 * The lexicons' forms as automata, one per script, each built on first need: a text of Latin
 * letters never pays for the Chinese, Japanese or Korean tables. Spellings up to HEAD characters
 * go into the automaton whole; of longer ones only the first HEAD characters, and where those
 * match the form's own expression decides from there. That keeps the automaton (and the time
 * to build it) small however many ways a template sentence can be worded.
 */
import { LEXICONS } from '../../rules/lexicon/index.ts';
import { buildAutomaton, buildWordTrie, type Matcher } from './automaton.ts';
import { expandForm, isWordCode } from './forms.ts';
import type { Reason } from '../types.ts';
import type { Lexicon, ObjectKind, PredicateKind, Script } from '../../rules/lexicon/types.ts';

export type Role = 'phrase' | 'object' | 'predicate' | 'negator' | 'after' | 'boilerplate';

export interface Entry {
  role: Role;
  language: string;
  /** The reason of a phrase, the kind of an object or predicate; empty for the others. */
  kind: Reason | ObjectKind | PredicateKind | '';
  source: string;
}

export interface Literal {
  entry: number;
  length: number;
  /** For a head: the form whose expression decides the rest (index into `Group.forms`). */
  form: number;
  startBound: boolean;
  endBound: boolean;
  /** A stem: the word it begins runs on ("reject" in "rejected"). */
  openEnd: boolean;
}

export interface LongForm {
  body: string;
  openEnd: boolean;
  /** Compiled on its first use, sticky, over the folded text. */
  regex?: RegExp;
}

export interface Part {
  matcher: Matcher;
  literals: Literal[];
}

/**
 * A script's tables: literals that start a word are walked from word starts only (`words`);
 * the rest, and every literal of scripts without spaces, go through an automaton (`anywhere`).
 */
export interface Group {
  parts: Part[];
  forms: LongForm[];
}

const HEAD = 12;

export class Lexicons {
  readonly entries: Entry[] = [];
  private readonly groups = new Map<Script, Group>();

  constructor(private readonly lexicons: readonly Lexicon[] = LEXICONS) {}

  group(script: Script): Group {
    let group = this.groups.get(script);
    if (!group) {
      const lexicons = this.lexicons.filter((lexicon) => lexicon.script === script);
      group = this.build(lexicons, script !== 'cjk');
      this.groups.set(script, group);
    }
    return group;
  }

  private build(lexicons: readonly Lexicon[], spaced: boolean): Group {
    const words = { literals: [] as Literal[], strings: [] as string[] };
    const anywhere = { literals: [] as Literal[], strings: [] as string[] };
    const push = (spelling: string, literal: Literal) => {
      const part = spaced && literal.startBound ? words : anywhere;
      part.strings.push(spelling);
      part.literals.push(literal);
    };
    const longForms: LongForm[] = [];
    const add = (entry: Entry, forms: readonly string[]) => {
      const id = this.entries.push(entry) - 1;
      for (const form of forms) {
        const { exact, heads, body, openStart, openEnd } = expandForm(form, HEAD);
        const startBound = (spelling: string) => !openStart && isWordCode(spelling.charCodeAt(0));
        for (const spelling of exact)
          push(spelling, {
            entry: id,
            length: spelling.length,
            form: -1,
            startBound: startBound(spelling),
            endBound: !openEnd && isWordCode(spelling.charCodeAt(spelling.length - 1)),
            openEnd,
          });
        if (heads.length === 0) continue;
        const long = longForms.push({ body, openEnd }) - 1;
        for (const spelling of heads)
          // The expression itself refuses a word character after a closed form.
          push(spelling, {
            entry: id,
            length: HEAD,
            form: long,
            startBound: startBound(spelling),
            endBound: false,
            openEnd,
          });
      }
    };
    for (const lexicon of lexicons) {
      const language = lexicon.language;
      for (const phrase of lexicon.phrases)
        add({ role: 'phrase', language, kind: phrase.reason, source: phrase.source }, phrase.forms);
      for (const words of lexicon.objects)
        add({ role: 'object', language, kind: words.kind, source: words.source }, words.forms);
      for (const words of lexicon.predicates)
        add({ role: 'predicate', language, kind: words.kind, source: words.source }, words.forms);
      add({ role: 'negator', language, kind: '', source: '' }, lexicon.negators);
      if (lexicon.negatorsAfter)
        add({ role: 'after', language, kind: '', source: '' }, lexicon.negatorsAfter);
      for (const block of lexicon.boilerplate)
        add({ role: 'boilerplate', language, kind: '', source: block.source }, block.forms);
    }
    const parts: Part[] = [];
    if (words.strings.length)
      parts.push({ matcher: buildWordTrie(words.strings), literals: words.literals });
    if (anywhere.strings.length)
      parts.push({ matcher: buildAutomaton(anywhere.strings), literals: anywhere.literals });
    return { parts, forms: longForms };
  }
}

/** Which scripts a text is written in, beyond Latin (always consulted: codes, tokens, English). */
export function scriptsOf(text: string): Script[] {
  let greek = false;
  let cyrillic = false;
  let cjk = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x370) continue;
    if (code < 0x400) greek = true;
    else if (code < 0x530) cyrillic = true;
    else if (code >= 0x2e80) cjk = true;
  }
  const scripts: Script[] = ['latin'];
  if (greek) scripts.push('greek');
  if (cyrillic) scripts.push('cyrillic');
  if (cjk) scripts.push('cjk');
  return scripts;
}
