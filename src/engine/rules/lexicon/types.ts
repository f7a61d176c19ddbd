import type { Reason } from '../../vocabulary/reasons.ts';

/**
 * The words that carry meaning in a refusal, per language. Forms are wording families in the
 * small grammar of `classify/meaning/forms.ts` (`(a|b)`, `?`, `*` for compounds and stems);
 * text and forms are compared lower-cased with accents folded, so "boîte" also matches "boite".
 * Every entry names where the wording is documented or quoted.
 */

/** What a refusal talks about. */
export type ObjectKind =
  | 'recipient'
  | 'sender'
  | 'sending'
  | 'mailbox'
  | 'user'
  | 'address'
  | 'account'
  | 'domain'
  | 'host'
  | 'server'
  | 'service'
  | 'system'
  | 'network'
  | 'connection'
  | 'ip'
  | 'blocklist'
  | 'relay'
  | 'message'
  | 'attachment'
  | 'content'
  | 'size'
  | 'storage'
  | 'rate'
  | 'limit'
  | 'spam'
  | 'virus'
  | 'auth'
  | 'authrecord'
  | 'tls'
  | 'certificate'
  | 'ptr'
  | 'dns'
  | 'delivery'
  | 'time'
  | 'policy'
  | 'filter';

/** What is said of it. */
export type PredicateKind =
  | 'unknown'
  | 'unavailable'
  | 'unreachable'
  | 'noaccept'
  | 'missing'
  | 'none'
  | 'full'
  | 'exceeded'
  | 'toolarge'
  | 'disabled'
  | 'blocked'
  | 'rejected'
  | 'notallowed'
  | 'listed'
  | 'moved'
  | 'detected'
  | 'infected'
  | 'toomany'
  | 'timeout'
  | 'expired'
  | 'failed'
  | 'required'
  | 'violation'
  | 'busy'
  | 'temporary';

export interface Words<K> {
  kind: K;
  forms: string[];
  source: string;
}

export interface PhraseEntry {
  reason: Reason;
  forms: string[];
  source: string;
  /** A real text the phrase fires on (tests prove it does). */
  example: string;
}

/**
 * The writing system, which decides when a lexicon is consulted at all: Greek, Cyrillic and CJK
 * tables are compiled and scanned only for texts with characters of that script.
 */
export type Script = 'latin' | 'greek' | 'cyrillic' | 'cjk';

export interface Lexicon {
  /** BCP 47 language tag. */
  language: string;
  script: Script;
  /** Specific, unambiguous wordings: each names its reason on its own. */
  phrases: PhraseEntry[];
  objects: Words<ObjectKind>[];
  predicates: Words<PredicateKind>[];
  /** Words that deny what follows them ("no virus found", "kein Virus", "未发现"). */
  negators: string[];
  /** Languages that deny after the verb ("検出されませんでした", "감지되지 않았"). */
  negatorsAfter?: string[];
  /**
   * The generic prose of notices: templates, disclaimers, advice. Words inside it are no
   * evidence ("scanned for viruses" says nothing about this message).
   */
  boilerplate: { forms: string[]; source: string }[];
}
