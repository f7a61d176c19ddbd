/**
 * What a server's words mean when no rule names the cause: first a specific wording of some
 * language ("Postfach ist voll", "宛先不明"), then, to generalise, a thing and what is said of it
 * standing close together ("mailbox" … "full", "domain of sender" … "does not exist"), in any of
 * the lexicons' languages. Template prose, disclaimers and advice are masked first: they are no
 * evidence of this failure. Undefined when nothing in the text carries meaning.
 *
 * The text is the server's text lower-cased with runs of whitespace collapsed. One pass of an
 * automaton finds every word of every lexicon; the rest works on the few hits, so the cost is
 * linear in the text.
 */
import { Lexicons, scriptsOf, type Entry, type Group } from './meaning/compile.ts';
import { fold, foldCode, isWordCode, patternOf } from './meaning/forms.ts';
import {
  ALONE,
  DENIABLE,
  DENIABLE_OBJECTS,
  FORWARD,
  PAIRS,
  QUALIFIERS,
  SENDER_PAIRS,
  SENDING_PAIRS,
  type Pair,
} from '../rules/lexicon/pairs.ts';
import type { ObjectKind, PredicateKind, Script } from '../rules/lexicon/types.ts';
import type { Reason } from './types.ts';

export interface Meaning {
  reason: Reason;
  /** `phrase`: a wording that names the reason on its own; `words`: the generalising fallback. */
  strength: 'phrase' | 'words';
  /** The span of text the reading rests on. */
  matched: string;
  /** The language of the wording (of the predicate, for `words`). */
  language: string;
  rule: string;
  source: string;
}

interface Hit {
  entry: number;
  start: number;
  end: number;
  /** Where the word ends that a stem begins; `end` for whole words. */
  reach: number;
}

/** Hostile or huge texts: later hits add nothing a reading needs, and cost stays bounded. */
const MAX_HITS = 2048;
const MAX_PREDICATES = 64;

/** How far apart a thing and what is said of it may stand, in characters. */
const WINDOW = { spaced: 48, cjk: 16 };
/** How far a qualifier ("sender", "des Empfängers") may stand from the noun it qualifies. */
const QUALIFIER_REACH = { spaced: 28, cjk: 8 };
/** How far before the word a denial may stand ("is not full", "n'est pas pleine"). */
const DENIAL_REACH = { spaced: 14, cjk: 3 };
const DENIAL_AFTER_REACH = 2;

/** Words that introduce the doer of a passive, between the predicate and a thing after it. */
const AGENT_AFTER =
  /(?:^| )(?:by|von|vom|par|por|pelo|pela|da|dal|dalla|dallo|от|przez|door|tarafından)(?: |$)/;
/** Japanese puts the doer first: "サーバーにより拒否されました". */
const AGENT_BEFORE = /によって|により/;

/** What a recipient does when it refuses mail itself. */
const REFUSALS = new Set<PredicateKind>(['blocked', 'rejected', 'notallowed']);

/** The end of a sentence: a thing in one sentence is not what the next one speaks of. */
const SENTENCE_END = /[.!?;](?= )|[。！？；]/g;

let lexicons: Lexicons | undefined;
let pairs: Map<string, Pair> | undefined;
let senderPairs: Map<string, Pair> | undefined;
let sendingPairs: Map<string, Pair> | undefined;

const pairKey = (object: string, predicate: string) => `${object}\u0000${predicate}`;

function index(rows: Pair[]): Map<string, Pair> {
  const map = new Map<string, Pair>();
  for (const row of rows)
    for (const object of row.objects)
      for (const predicate of row.predicates) {
        const key = pairKey(object, predicate);
        if (!map.has(key)) map.set(key, row);
      }
  return map;
}

/**
 * Notices that name the recipient by its mailbox name alone ("joe wasn't found at example.com",
 * Exchange Online's template in every language it writes): that name is the recipient, as a
 * word would be. Role names are too common as words to count.
 */
const NAMED_RECIPIENT: Entry = {
  role: 'object',
  language: 'any',
  kind: 'recipient',
  source:
    'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
};
const ROLE_NAMES = new Set([
  'abuse',
  'admin',
  'contact',
  'email',
  'hello',
  'info',
  'mail',
  'news',
  'noreply',
  'office',
  'postmaster',
  'sales',
  'service',
  'support',
  'team',
  'test',
  'user',
  'webmaster',
]);
/** Its place in the tables' entries, given when they are built. */
let namedEntry = -1;

/**
 * Builds the tables now rather than on the first text that needs them (benchmarks, warm
 * workers); by default every script's.
 */
export function prepareMeaning(
  scripts: Script[] = ['latin', 'greek', 'cyrillic', 'cjk'],
): Lexicons {
  if (!lexicons) {
    lexicons = new Lexicons();
    namedEntry = lexicons.entries.push(NAMED_RECIPIENT) - 1;
  }
  pairs ??= index(PAIRS);
  senderPairs ??= index(SENDER_PAIRS);
  sendingPairs ??= index(SENDING_PAIRS);
  for (const script of scripts) lexicons.group(script);
  return lexicons;
}

interface Found {
  total: number;
  /** The text folded, made once if a long form needs it. */
  folded?: string;
  phrase: Hit[];
  object: Hit[];
  predicate: Hit[];
  negator: Hit[];
  after: Hit[];
  boilerplate: Hit[];
}

function scan(group: Group, entries: Entry[], text: string, found: Found): void {
  for (const { matcher, literals } of group.parts)
    matcher.scan(text, (id, headEnd) => {
      if (found.total >= MAX_HITS) return true;
      const literal = literals[id]!;
      const start = headEnd - literal.length;
      let end = headEnd;
      if (literal.form >= 0) {
        // A long spelling's head: its form's expression decides the rest, on the folded text.
        const long = group.forms[literal.form]!;
        const regex = (long.regex ??= new RegExp(patternOf(long.body, long.openEnd), 'y'));
        regex.lastIndex = start;
        const match = regex.exec((found.folded ??= fold(text)));
        if (!match) return;
        end = start + match[0].length;
      }
      if (literal.startBound && start > 0 && isWordCode(foldCode(text.charCodeAt(start - 1))))
        return;
      if (literal.endBound && end < text.length && isWordCode(foldCode(text.charCodeAt(end))))
        return;
      found.total++;
      const reach = literal.openEnd ? wordEnd(text, end) : end;
      found[entries[literal.entry]!.role].push({ entry: literal.entry, start, end, reach });
    });
}

/** Hits sorted by start, each dropped when a longer one of the same role contains it. */
function outermost(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

/** Characters of addresses, URLs, host names and codes ("john.doe@example.com", "5.1.1"). */
const IDENT = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-@:/=?&#~[]')
  IDENT[ch.charCodeAt(0)] = 1;
const isAlnum = (code: number) => code < 128 && IDENT[code] === 1 && code > 0x2f && code !== 0x3a;

/**
 * Identifiers are no prose: "blocked@example.org", "relay.example.net", "https://…/spam" name
 * nothing about the failure. Spans of them, found in one pass.
 */
function identifiers(text: string): Hit[] {
  const spans: Hit[] = [];
  let start = -1;
  let marked = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code < 128 && IDENT[code] === 1) {
      if (start < 0) {
        start = i;
        marked = false;
      }
      if (code === 0x40 || (code === 0x2f && text.charCodeAt(i - 1) === 0x2f)) marked = true;
      else if (
        code === 0x2e &&
        i > start &&
        isAlnum(text.charCodeAt(i - 1)) &&
        isAlnum(text.charCodeAt(i + 1))
      )
        marked = true;
      continue;
    }
    if (start >= 0 && marked) spans.push({ entry: -1, start, end: i, reach: i });
    start = -1;
  }
  return spans;
}

/** Disjoint [start, end) spans of boilerplate, flattened and sorted. */
function maskOf(spans: Hit[]): number[] {
  const merged: number[] = [];
  for (const span of outermost(spans)) {
    const last = merged.length - 1;
    if (last > 0 && span.start <= merged[last]!) merged[last] = Math.max(merged[last]!, span.end);
    else merged.push(span.start, span.end);
  }
  return merged;
}

function inMask(mask: number[], position: number): boolean {
  let lo = 0;
  let hi = mask.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mask[mid * 2]! > position) hi = mid - 1;
    else if (mask[mid * 2 + 1]! <= position) lo = mid + 1;
    else return true;
  }
  return false;
}

const isCjk = (text: string, at: number) => text.charCodeAt(at) >= 0x2e80;

/** Characters between two hits (a stem counted to the end of its word); -1 when they overlap. */
function gapBetween(a: Hit, b: Hit): number {
  if (a.end <= b.start) return Math.max(0, b.start - a.reach);
  if (b.end <= a.start) return Math.max(0, a.start - b.reach);
  return -1;
}

/** Shown text runs to the end of the word a stem ends in ("reject" → "rejected"). */
function wordEnd(text: string, end: number): number {
  let at = end;
  while (at < text.length && at - end < 24 && isWordCode(foldCode(text.charCodeAt(at)))) at++;
  return at;
}

class Reading {
  private breaks: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly entries: Entry[],
    private readonly found: Found,
    private readonly objects: Hit[],
  ) {}

  entry(hit: Hit): Entry {
    return this.entries[hit.entry]!;
  }

  /** Whether a sentence ends between two positions. */
  broken(from: number, to: number): boolean {
    if (!this.breaks) {
      this.breaks = [];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(this.text); m; m = SENTENCE_END.exec(this.text))
        this.breaks.push(m.index);
    }
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    // The first sentence end at or after `lo`, by bisection.
    let left = 0;
    let right = this.breaks.length;
    while (left < right) {
      const mid = (left + right) >> 1;
      if (this.breaks[mid]! < lo) left = mid + 1;
      else right = mid;
    }
    return left < this.breaks.length && this.breaks[left]! < hi;
  }

  /** A denial stands just before the hit, or (in languages that deny after the verb) just after. */
  denied(hit: Hit): boolean {
    const reach = isCjk(this.text, hit.start) ? DENIAL_REACH.cjk : DENIAL_REACH.spaced;
    for (const negator of this.found.negator)
      if (
        negator.end <= hit.start &&
        gapBetween(negator, hit) <= reach &&
        !this.broken(negator.end, hit.start)
      )
        return true;
    for (const negator of this.found.after)
      if (negator.start >= hit.end && negator.start - hit.reach <= DENIAL_AFTER_REACH) return true;
    return false;
  }

  /** Objects near the predicate, nearest first (before it on a tie), none across a sentence end. */
  near(predicate: Hit, forwardOnly: boolean): Hit[] {
    const window = isCjk(this.text, predicate.start) ? WINDOW.cjk : WINDOW.spaced;
    const out: { hit: Hit; rank: number }[] = [];
    for (const hit of this.objects) {
      if (hit.start > predicate.end + window) break;
      if (forwardOnly && hit.start < predicate.end) continue;
      const gap = gapBetween(hit, predicate);
      if (gap < 0 || gap > window || this.broken(hit.end, predicate.start)) continue;
      if (this.agent(hit, predicate)) continue;
      out.push({ hit, rank: gap * 2 + (hit.start >= predicate.end ? 1 : 0) });
    }
    return out.sort((a, b) => a.rank - b.rank).map((c) => c.hit);
  }

  /**
   * The nearest object of the given kinds within a qualifier's reach of `from`, on the same
   * side of the predicate (a qualifier never reaches across what is said).
   */
  attached(from: Hit, kinds: (kind: ObjectKind) => boolean, predicate: Hit): Hit | undefined {
    const reach = isCjk(this.text, from.start) ? QUALIFIER_REACH.cjk : QUALIFIER_REACH.spaced;
    const before = from.end <= predicate.start;
    let best: Hit | undefined;
    let bestGap = Infinity;
    for (const hit of this.objects) {
      if (hit === from || !kinds(this.entry(hit).kind as ObjectKind)) continue;
      if (before ? hit.end > predicate.start : hit.start < predicate.end) continue;
      const gap = gapBetween(hit, from);
      if (gap < 0 || gap > reach || gap >= bestGap) continue;
      if (this.broken(Math.min(hit.end, from.end), Math.max(hit.start, from.start))) continue;
      best = hit;
      bestGap = gap;
    }
    return best;
  }

  /**
   * The doer of a passive is not what is said of: "rejected by the remote server", "rechazado
   * por el servidor", "被对方服务器拒绝", "サーバーにより拒否".
   */
  agent(hit: Hit, predicate: Hit): boolean {
    if (hit.start >= predicate.end)
      return AGENT_AFTER.test(this.text.slice(predicate.end, hit.start));
    if (this.text.slice(Math.max(0, hit.start - 3), hit.start).includes('被')) return true;
    return AGENT_BEFORE.test(this.text.slice(hit.end, predicate.start));
  }

  /**
   * The doer of a passive predicate, when it is the recipient itself standing alone ("bloquée
   * par le destinataire", "被收件人屏蔽"), not a noun it qualifies ("by the recipient's server").
   */
  byRecipient(predicate: Hit): Hit | undefined {
    const window = isCjk(this.text, predicate.start) ? WINDOW.cjk : WINDOW.spaced;
    for (const hit of this.objects) {
      const gap = gapBetween(hit, predicate);
      if (gap < 0 || gap > window || this.broken(hit.end, predicate.start)) continue;
      if (this.entry(hit).kind !== 'recipient' || !this.agent(hit, predicate)) continue;
      const qualified = this.objects.some(
        (other) => other.start >= hit.end && other.start - hit.reach <= 3,
      );
      if (!qualified) return hit;
    }
    return undefined;
  }

  /** A sender word just before: "Absenderadresse abgelehnt: Domain nicht gefunden". */
  bySender(hit: Hit): boolean {
    const reach = isCjk(this.text, hit.start) ? QUALIFIER_REACH.cjk : QUALIFIER_REACH.spaced;
    return this.objects.some(
      (object) =>
        object.end <= hit.start &&
        this.entry(object).kind === 'sender' &&
        gapBetween(object, hit) <= reach &&
        !this.broken(object.end, hit.start),
    );
  }
}

/** A phrase about an address or domain says nothing of the recipient's when it is the sender's. */
const SENDER_SENSITIVE = new Set<Reason>(['userunknown', 'hostunknown']);

/**
 * Reasons that describe the delivery rather than its cause ("retry timeout exceeded", "policy
 * violation"): a phrase of these yields to a specific reading of the words beside it ("mailbox
 * is full: retry timeout exceeded" is a full mailbox).
 */
const GENERIC = new Set<Reason>(['expired', 'systemerror', 'policyviolation']);

/** Where the text names the recipient's mailbox as a word of its own, outside any identifier. */
function namedHits(text: string, name: string, mask: number[]): Hit[] {
  if (name.length < 3 || ROLE_NAMES.has(name) || !/\p{L}/u.test(name)) return [];
  const hits: Hit[] = [];
  for (let at = text.indexOf(name); at >= 0 && hits.length < 8; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && isWordCode(foldCode(text.charCodeAt(at - 1)))) continue;
    if (end < text.length && isWordCode(foldCode(text.charCodeAt(end)))) continue;
    if (!inMask(mask, at)) hits.push({ entry: namedEntry, start: at, end, reach: end });
  }
  return hits;
}

/**
 * What the (lower-cased) text means. `recipientName`: the failed recipient's mailbox name, the
 * local part of its address, lower-cased, for notices that name it without a noun.
 */
export function meaningOf(input: string, recipientName?: string): Meaning | undefined {
  const tables = prepareMeaning([]);
  // Turkish "İ" lower-cases to "i" plus a combining dot; the lexicons spell it "i".
  const text = input.includes('\u0307') ? input.replace(/\u0307/g, '') : input;
  const found: Found = {
    total: 0,
    phrase: [],
    object: [],
    predicate: [],
    negator: [],
    after: [],
    boilerplate: [],
  };
  for (const script of scriptsOf(text)) scan(tables.group(script), tables.entries, text, found);
  if (found.phrase.length === 0 && found.predicate.length === 0) return undefined;
  const mask = maskOf([...found.boilerplate, ...identifiers(text)]);
  const live = (hit: Hit) => !inMask(mask, hit.start);
  // A denial inside a template sentence or a name ("не доставлено", "could not be delivered",
  // "no-reply@…") is that sentence's own: it denies nothing said after it.
  if (mask.length > 0) {
    found.negator = found.negator.filter(live);
    found.after = found.after.filter(live);
  }
  if (recipientName) found.object.push(...namedHits(text, recipientName, mask));
  const objects = outermost(found.object).filter(live);
  const reading = new Reading(text, tables.entries, found, objects);

  let generic: Meaning | undefined;
  for (const hit of outermost(found.phrase)) {
    if (!live(hit) || reading.denied(hit)) continue;
    const entry = reading.entry(hit);
    const reason = entry.kind as Reason;
    if (SENDER_SENSITIVE.has(reason) && reading.bySender(hit)) continue;
    const meaning: Meaning = {
      reason,
      strength: 'phrase',
      matched: text.slice(hit.start, wordEnd(text, hit.end)),
      language: entry.language,
      rule: `${entry.language} phrase: ${reason}`,
      source: entry.source,
    };
    if (!GENERIC.has(reason)) return meaning;
    generic ??= meaning;
  }

  // The best generic reading so far, by its row's place in the table (order is priority).
  let weak: Meaning | undefined;
  let weakRank = Infinity;
  const predicates = outermost(found.predicate).filter(live).slice(0, MAX_PREDICATES);
  for (const predicate of predicates) {
    const said = reading.entry(predicate);
    const kind = said.kind as PredicateKind;
    if (DENIABLE.has(kind) && reading.denied(predicate)) continue;
    // Refused by the recipient: whatever was refused, the recipient's side did it.
    const doer = REFUSALS.has(kind) ? reading.byRecipient(predicate) : undefined;
    if (doer) {
      const start = Math.min(doer.start, predicate.start);
      const end = Math.max(doer.end, predicate.end);
      return generic?.reason === 'filtered'
        ? generic
        : {
            reason: 'filtered',
            strength: 'words',
            matched: text.slice(start, wordEnd(text, end)),
            language: said.language,
            rule: `${said.language} words: ${kind} by the recipient`,
            source: said.source,
          };
    }
    const candidates = reading.near(predicate, FORWARD.has(kind));
    const tried = new Set<Hit>();
    for (const candidate of candidates) {
      const candidateKind = reading.entry(candidate).kind as ObjectKind;
      if (DENIABLE_OBJECTS.has(candidateKind) && reading.denied(candidate)) continue;
      let thing = candidate;
      let qualifier: Hit | undefined;
      const heads = QUALIFIERS.get(candidateKind);
      if (heads) {
        const head = reading.attached(candidate, (k) => heads.has(k), predicate);
        if (head) {
          if (tried.has(head)) continue;
          thing = head;
          qualifier = candidate;
        }
      } else {
        for (const [kindOf, qualified] of QUALIFIERS) {
          if (kindOf === 'recipient' || !qualified.has(candidateKind)) continue;
          qualifier = reading.attached(candidate, (k) => k === kindOf, predicate);
          if (qualifier) break;
        }
      }
      if (tried.has(thing)) continue;
      tried.add(thing);
      const thingKind = reading.entry(thing).kind as ObjectKind;
      const role = QUALIFIERS.has(thingKind)
        ? thingKind
        : qualifier
          ? (reading.entry(qualifier).kind as ObjectKind)
          : undefined;
      const key = pairKey(thingKind, kind);
      const row =
        (role === 'sender'
          ? senderPairs!.get(key)
          : role === 'sending'
            ? sendingPairs!.get(key)
            : undefined) ??
        (thingKind === 'sender' || thingKind === 'sending' ? undefined : pairs!.get(key));
      if (!row) continue;
      const spans = [thing, predicate, ...(qualifier ? [qualifier] : [])];
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      const whose =
        role === 'sender' || role === 'sending'
          ? ` (the ${role === 'sender' ? 'sender' : 'sending'} side)`
          : '';
      const meaning: Meaning = {
        reason: row.reason,
        strength: 'words',
        matched: text.slice(start, wordEnd(text, end)),
        language: said.language,
        rule: `${said.language} words: ${thingKind} + ${kind}${whose}`,
        source: said.source,
      };
      if (!row.weak) return generic?.reason === meaning.reason ? generic : meaning;
      const rank = PAIRS.indexOf(row);
      if (rank < weakRank) {
        weak = meaning;
        weakRank = rank;
      }
    }
    const alone = ALONE[kind];
    if (alone && candidates.length === 0)
      weak ??= {
        reason: alone,
        strength: 'words',
        matched: text.slice(predicate.start, predicate.end),
        language: said.language,
        rule: `${said.language} words: ${kind}`,
        source: said.source,
      };
  }
  return generic ?? weak;
}
