/**
 * The phrase tables in the order they are consulted: the most specific reasons first, so that
 * "mailbox full" beats a generic "rejected" and "SPF" beats "blocked". Order is part of the data.
 */
import { ADDRESS_PHRASES } from './address.ts';
import { CONTENT_PHRASES } from './content.ts';
import { DELIVERY_PHRASES } from './delivery.ts';
import { MAILBOX_PHRASES } from './mailbox.ts';
import { SENDER_PHRASES } from './sender.ts';
import type { PhraseRule } from './types.ts';
import type { Reason } from '../../classify/types.ts';

const byReason = new Map<Reason, PhraseRule>(
  [
    ...ADDRESS_PHRASES,
    ...CONTENT_PHRASES,
    ...DELIVERY_PHRASES,
    ...MAILBOX_PHRASES,
    ...SENDER_PHRASES,
  ].map((rule) => [rule.reason, rule]),
);

/** Consultation order. */
export const PHRASE_ORDER: Reason[] = [
  'suppressed',
  'virusdetected',
  'authfailure',
  'requireptr',
  'notcompliantrfc',
  'contenterror',
  'mesgtoobig',
  'exceedlimit',
  'mailboxfull',
  'spamdetected',
  'failedstarttls',
  'norelaying',
  'hasmoved',
  'suspend',
  'userunknown',
  'hostunknown',
  'notaccept',
  'speeding',
  'toomanyconn',
  'badreputation',
  'policyviolation',
  'rejected',
  'filtered',
  'blocked',
  'securityerror',
  'systemfull',
  'mailererror',
  'networkerror',
  'systemerror',
  'syntaxerror',
];

export interface CompiledPhrase {
  reason: Reason;
  /** All of the reason's patterns as one alternation (one scan per reason). */
  any: RegExp;
  patterns: RegExp[];
}

const compile = (reason: Reason, patterns: RegExp[]): CompiledPhrase => ({
  reason,
  patterns,
  any: new RegExp(patterns.map((p) => `(?:${p.source})`).join('|')),
});

export const PHRASES: CompiledPhrase[] = PHRASE_ORDER.flatMap((reason) => {
  const rule = byReason.get(reason);
  return rule ? [compile(reason, rule.patterns)] : [];
});

export const WEAK_PHRASES: CompiledPhrase[] = PHRASE_ORDER.flatMap((reason) => {
  const weak = byReason.get(reason)?.weak;
  return weak ? [compile(reason, weak)] : [];
});
