/**
 * The phrase tables in the order they are consulted: the most specific reasons first, so that
 * "mailbox full" beats a generic "rejected" and "SPF" beats "blocked". Order is part of the data.
 */
import { ADDRESS_PHRASES } from './address.ts';
import { CONTENT_PHRASES } from './content.ts';
import { DELIVERY_PHRASES } from './delivery.ts';
import { MAILBOX_PHRASES } from './mailbox.ts';
import { REPORT_PHRASES } from './reports.ts';
import { SENDER_PHRASES } from './sender.ts';
import type { PhraseRule } from './types.ts';
import type { Reason } from '../../classify/types.ts';

const byId = new Map<string, PhraseRule>(
  [
    ...REPORT_PHRASES,
    ...ADDRESS_PHRASES,
    ...CONTENT_PHRASES,
    ...DELIVERY_PHRASES,
    ...MAILBOX_PHRASES,
    ...SENDER_PHRASES,
  ].map((rule) => [rule.id ?? rule.reason, rule]),
);

/** Consultation order, by rule id. */
export const PHRASE_ORDER: string[] = [
  'feedback',
  'vacation',
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
  'rejected',
  'hasmoved',
  'suspend',
  'userunknown',
  'networkerror-dns',
  'hostunknown',
  'notaccept',
  'speeding',
  'toomanyconn',
  'badreputation',
  'policyviolation',
  'filtered',
  'blocked',
  'securityerror',
  'systemfull',
  'expired',
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

export const PHRASES: CompiledPhrase[] = PHRASE_ORDER.flatMap((id) => {
  const rule = byId.get(id);
  return rule ? [compile(rule.reason, rule.patterns)] : [];
});

export const WEAK_PHRASES: CompiledPhrase[] = PHRASE_ORDER.flatMap((id) => {
  const rule = byId.get(id);
  return rule?.weak ? [compile(rule.reason, rule.weak)] : [];
});
