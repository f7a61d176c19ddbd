/**
 * Which reason a thing and what is said of it name together, whatever the language: "mailbox" +
 * "full" is `mailboxfull` in every tongue. Order is part of the data only in that the first row
 * naming a pair wins. Reasons follow the corpus vocabulary (classify/types.ts); where the
 * catalogue of real wordings (../shared/knowledge/mta-wordings.tsv) labels a family, the row
 * follows it ("TLS required" is failedstarttls, "message refused" filtered, "content rejected"
 * spamdetected, "too many recipients" toomanyconn).
 */
import type { Reason } from '../../vocabulary/reasons.ts';
import type { ObjectKind, PredicateKind } from './types.ts';

export interface Pair {
  objects: ObjectKind[];
  predicates: PredicateKind[];
  reason: Reason;
  /**
   * A generic reading ("message refused", "server error"): taken only when no specific pair is
   * found anywhere in the text.
   */
  weak?: boolean;
}

const RECIPIENT_SIDE: ObjectKind[] = ['recipient', 'user', 'address', 'account', 'mailbox'];

export const PAIRS: Pair[] = [
  {
    objects: RECIPIENT_SIDE,
    predicates: ['unknown', 'unavailable', 'noaccept'],
    reason: 'userunknown',
  },
  {
    objects: ['domain', 'host', 'dns'],
    predicates: ['unknown', 'missing', 'none'],
    reason: 'hostunknown',
  },
  { objects: ['mailbox'], predicates: ['missing', 'none'], reason: 'userunknown' },
  { objects: ['storage'], predicates: ['missing', 'none'], reason: 'mailboxfull' },
  { objects: ['domain'], predicates: ['unreachable'], reason: 'hostunknown' },
  { objects: ['domain', 'host', 'server'], predicates: ['noaccept'], reason: 'notaccept' },
  {
    objects: [...RECIPIENT_SIDE, 'storage'],
    predicates: ['full', 'exceeded'],
    reason: 'mailboxfull',
  },
  { objects: RECIPIENT_SIDE, predicates: ['disabled', 'expired'], reason: 'suspend' },
  {
    objects: ['user', 'address', 'account', 'mailbox'],
    predicates: ['blocked'],
    reason: 'suspend',
  },
  { objects: RECIPIENT_SIDE, predicates: ['moved'], reason: 'hasmoved' },
  {
    objects: ['message', 'attachment', 'size', 'storage'],
    predicates: ['toolarge'],
    reason: 'mesgtoobig',
  },
  { objects: ['message', 'attachment', 'size'], predicates: ['exceeded'], reason: 'mesgtoobig' },
  {
    objects: ['virus'],
    predicates: ['detected', 'infected', 'rejected', 'blocked', 'notallowed'],
    reason: 'virusdetected',
  },
  {
    objects: ['message', 'attachment', 'content'],
    predicates: ['infected'],
    reason: 'virusdetected',
  },
  {
    objects: ['spam'],
    predicates: ['detected', 'rejected', 'blocked', 'notallowed', 'listed'],
    reason: 'spamdetected',
  },
  {
    objects: ['content'],
    predicates: ['rejected', 'blocked', 'notallowed', 'listed'],
    reason: 'spamdetected',
  },
  { objects: ['system'], predicates: ['full', 'missing', 'none'], reason: 'systemfull' },
  {
    objects: ['authrecord'],
    predicates: [
      'failed',
      'rejected',
      'notallowed',
      'unknown',
      'violation',
      'blocked',
      'missing',
      'none',
    ],
    reason: 'authfailure',
  },
  {
    objects: ['relay'],
    predicates: ['rejected', 'notallowed', 'blocked', 'failed', 'disabled'],
    reason: 'norelaying',
  },
  { objects: ['relay'], predicates: ['exceeded', 'toomany'], reason: 'speeding' },
  {
    objects: ['blocklist'],
    predicates: ['listed', 'blocked', 'rejected', 'detected'],
    reason: 'blocked',
  },
  {
    objects: ['ip', 'connection'],
    predicates: ['blocked', 'rejected', 'listed', 'notallowed'],
    reason: 'blocked',
  },
  // A server or host that rejects is mostly the doer ("server rejected recipient", "host refused
  // to talk to me"): only what is said of it as such names it blocked.
  { objects: ['host', 'server'], predicates: ['listed', 'notallowed'], reason: 'blocked' },
  {
    objects: ['ptr'],
    predicates: ['required', 'missing', 'unknown', 'failed'],
    reason: 'requireptr',
  },
  {
    objects: ['auth'],
    predicates: ['required', 'failed', 'rejected', 'unknown'],
    reason: 'securityerror',
  },
  {
    objects: ['tls', 'certificate'],
    predicates: ['required', 'failed', 'unavailable', 'unknown', 'expired'],
    reason: 'failedstarttls',
  },
  { objects: ['connection', 'recipient'], predicates: ['toomany'], reason: 'toomanyconn' },
  { objects: ['message', 'rate'], predicates: ['toomany', 'exceeded'], reason: 'speeding' },
  {
    objects: ['delivery', 'message', 'time'],
    predicates: ['expired', 'timeout'],
    reason: 'expired',
  },
  { objects: ['time'], predicates: ['exceeded'], reason: 'expired' },
  {
    objects: ['connection', 'host', 'server', 'network', 'dns'],
    predicates: ['timeout', 'unreachable'],
    reason: 'networkerror',
  },
  { objects: ['connection', 'network', 'dns'], predicates: ['failed'], reason: 'networkerror' },
  {
    objects: ['attachment'],
    predicates: ['notallowed', 'rejected', 'blocked'],
    reason: 'policyviolation',
  },
  {
    objects: ['policy'],
    predicates: ['violation', 'rejected', 'blocked', 'notallowed'],
    reason: 'policyviolation',
    weak: true,
  },
  {
    objects: ['recipient', 'filter'],
    predicates: ['rejected', 'blocked'],
    reason: 'filtered',
    weak: true,
  },
  {
    objects: ['message'],
    predicates: ['rejected', 'blocked', 'notallowed'],
    reason: 'filtered',
    weak: true,
  },
  {
    objects: ['system', 'server', 'service'],
    predicates: ['failed', 'busy', 'unavailable', 'temporary'],
    reason: 'systemerror',
    weak: true,
  },
];

/**
 * Said of the sender's side (its address, domain or account, "domain of sender does not
 * exist"), a refusal is about the sender: `rejected`; a limit it ran into is its sending rate.
 */
export const SENDER_PAIRS: Pair[] = [
  {
    objects: ['sender', 'address', 'domain', 'user', 'account', 'mailbox', 'dns'],
    predicates: [
      'unknown',
      'missing',
      'none',
      'blocked',
      'rejected',
      'notallowed',
      'disabled',
      'listed',
      'failed',
      'unavailable',
    ],
    reason: 'rejected',
  },
];

/** Said of sending (its quota, its rate: "sending limit exceeded", "límite de envío"), a limit. */
export const SENDING_PAIRS: Pair[] = [
  {
    objects: ['sending', 'storage', 'rate', 'message', 'limit'],
    predicates: ['exceeded', 'toomany', 'full'],
    reason: 'speeding',
  },
];

/** What a predicate alone says when nothing it could be said of stands near it. */
export const ALONE: Partial<Record<PredicateKind, Reason>> = {
  timeout: 'networkerror',
  temporary: 'systemerror',
};

/**
 * Predicates whose forms assert something and so can be denied ("not full", "kein Virus
 * gefunden"); the others already carry their negation ("not found", "existiert nicht").
 */
export const DENIABLE = new Set<PredicateKind>([
  'full',
  'exceeded',
  'toolarge',
  'disabled',
  'blocked',
  'rejected',
  'listed',
  'moved',
  'detected',
  'infected',
  'toomany',
  'timeout',
  'expired',
  'failed',
  'required',
  'violation',
  'busy',
]);

/** Predicates said of what follows them only ("no mailbox here", "keinen freien Speicherplatz"). */
export const FORWARD = new Set<PredicateKind>(['none']);

/** Things that can be denied in front of the noun itself ("no virus", "kein Spam", "无病毒"). */
export const DENIABLE_OBJECTS = new Set<ObjectKind>(['virus', 'spam']);

const IDENTITY_HEADS = new Set<ObjectKind>([
  'mailbox',
  'address',
  'account',
  'domain',
  'host',
  'user',
  'storage',
  'server',
  'ip',
]);

/**
 * Words that qualify a nearby noun rather than being the thing itself, with the nouns each can
 * qualify: in "Postfach des Empfängers" the mailbox is what is full; "sender" makes the address
 * or domain the sender's; "sending" makes a quota or a rate the sender's sending limit.
 */
export const QUALIFIERS = new Map<ObjectKind, Set<ObjectKind>>([
  ['recipient', IDENTITY_HEADS],
  ['sender', IDENTITY_HEADS],
  ['sending', new Set<ObjectKind>(['storage', 'rate', 'message', 'limit'])],
]);
