/**
 * The literal strings a regular expression requires: a set such that every text the pattern
 * matches contains at least one of them. A rule is then tried only on texts holding one (the
 * idea of RE2's prefilter; Cox, "Regular Expression Matching with a Trigram Index", 2012).
 *
 * Understands the subset the rule tables use: literals and escapes, `.`, classes, groups
 * (capturing, `?:`, lookarounds), alternation and quantifiers. Anything it cannot prove
 * contributes nothing, so the answer is always safe; `undefined` means no literal is required.
 */

type Need = string[] | undefined;

// Sticky: matched at the parser's position without copying the rest of the source.
const REPEAT = /\{(\d+)(,(\d*))?\}/y;
const GROUP_KIND = /\?(?::|=|!|<=|<!|<[a-zA-Z]\w*>)/y;

interface Parsed {
  need: Need;
  /** The whole node is one fixed string (a literal run), when it is. */
  fixed?: string;
}

/** Prefer sets whose shortest literal is longest, then smaller sets. */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  const [sa, sb] = [shortest(a), shortest(b)];
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Need {
    const result = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return result.need;
  }

  /** The top-level alternatives, each with its source and what it requires. */
  branches(): { source: string; need: Need }[] {
    const out: { source: string; need: Need }[] = [];
    for (;;) {
      const start = this.i;
      const { need } = this.sequence();
      out.push({ source: this.src.slice(start, this.i), need });
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return out;
  }

  private alternation(): Parsed {
    const branches: Parsed[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    // Every branch must require something, else the alternation requires nothing.
    const needs = branches.map((b) => b.need);
    if (needs.some((n) => !n)) return { need: undefined };
    return { need: [...new Set(needs.flat() as string[])] };
  }

  private sequence(): Parsed {
    let best: Need;
    let run = '';
    let whole: string | undefined = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (atom.zeroWidth) {
        if (quantifier.min === 0 && whole !== undefined) whole = undefined;
        continue;
      }
      if (quantifier.min === 0) {
        endRun();
        whole = undefined;
        continue;
      }
      if (atom.fixed !== undefined && quantifier.exact) {
        run += atom.fixed.repeat(quantifier.min);
        if (whole !== undefined) whole += atom.fixed.repeat(quantifier.min);
        continue;
      }
      // A repeated fixed string requires at least one copy of itself; anything else breaks the run.
      if (atom.fixed !== undefined) {
        run += atom.fixed;
        endRun();
      } else {
        endRun();
        best = better(best, atom.need);
      }
      whole = undefined;
    }
    endRun();
    return { need: best, fixed: whole || undefined };
  }

  private quantifier(): { min: number; exact: boolean } {
    const c = this.src[this.i];
    let q = { min: 1, exact: true };
    if (c === '?' || c === '*') {
      this.i++;
      q = { min: 0, exact: false };
    } else if (c === '+') {
      this.i++;
      q = { min: 1, exact: false };
    } else if (c === '{') {
      REPEAT.lastIndex = this.i;
      const m = REPEAT.exec(this.src);
      if (m) {
        this.i += m[0].length;
        const min = Number(m[1]);
        q = { min, exact: !m[2] };
      }
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): { fixed?: string; need?: Need; zeroWidth?: boolean } {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (this.src[this.i] === '?') {
        GROUP_KIND.lastIndex = this.i;
        const kind = GROUP_KIND.exec(this.src)?.[0];
        if (!kind) throw new Error(`unknown group at ${this.i}`);
        this.i += kind.length;
        zeroWidth = kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!';
      }
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      if (zeroWidth) return { zeroWidth: true };
      return { fixed: inner.fixed, need: inner.need ?? (inner.fixed ? [inner.fixed] : undefined) };
    }
    if (c === '[') {
      const end = this.classEnd();
      const body = this.src.slice(this.i + 1, end);
      this.i = end + 1;
      const single = /^(?:\\([^dDsSwWbBpPux])|([^\\^]))$/.exec(body);
      const literal = single?.[1] ?? single?.[2];
      return literal !== undefined ? { fixed: literal } : {};
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { zeroWidth: true };
    }
    if (c === '.') {
      this.i++;
      return {};
    }
    if (c === '\\') {
      const e = this.src[this.i + 1]!;
      this.i += 2;
      if (e === 'b' || e === 'B') return { zeroWidth: true };
      if ('dDsSwWpPuxck'.includes(e)) {
        if (e === 'p' || e === 'P' || e === 'u' || e === 'x') this.skipEscapeArgument(e);
        return {};
      }
      if (e === 'n' || e === 't' || e === 'r' || /\d/.test(e)) return {};
      return { fixed: e };
    }
    this.i++;
    return { fixed: c };
  }

  private skipEscapeArgument(e: string) {
    if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
    else if (e === 'x') this.i += 2;
    else if (e === 'u') this.i += 4;
  }

  private classEnd(): number {
    let j = this.i + 1;
    if (this.src[j] === '^') j++;
    if (this.src[j] === ']') j++;
    for (; j < this.src.length; j++) {
      if (this.src[j] === '\\') j++;
      else if (this.src[j] === ']') return j;
    }
    throw new Error('unclosed class');
  }
}

export function requiredLiterals(pattern: RegExp): string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  return new Parser(pattern.source).parse();
}

/**
 * A pattern cut at its top-level `|`: each alternative as a pattern of its own with the literals
 * it requires, so that a text is tried only against the alternatives it could match. The
 * leftmost match of the whole is the leftmost of its alternatives' matches.
 */
export function literalBranches(
  pattern: RegExp,
): { pattern: RegExp; literals: string[] | undefined }[] {
  if (pattern.flags.includes('i')) return [{ pattern, literals: undefined }];
  return new Parser(pattern.source)
    .branches()
    .map(({ source, need }) => ({ pattern: new RegExp(source, pattern.flags), literals: need }));
}
