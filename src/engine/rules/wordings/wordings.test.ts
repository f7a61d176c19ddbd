/**
 * The wording rules as data: every rule is well formed, indexable, and fires on its own example
 * (so that no rule is silently outranked by another on the text it was written for).
 */
import { describe, expect, it } from 'vitest';
import { isReason } from '../../vocabulary/reasons.ts';
import { requiredLiterals } from '../required-literals.ts';
import { WORDING_RULES, type WordingRule } from './index.ts';
import { wordingMatcher } from './match.ts';

const prepare = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
const matcher = wordingMatcher(WORDING_RULES);

describe('wording rules', () => {
  it('have unique ids that start with a reason', () => {
    const ids = WORDING_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of WORDING_RULES) {
      expect(isReason(rule.id.split('.')[0]!), rule.id).toBe(true);
      expect(rule.reason, rule.id).toBe(rule.id.split('.')[0]);
    }
  });

  it('outrank only rules that exist, of their own weight, and never in a loop', () => {
    const byId = new Map(WORDING_RULES.map((rule) => [rule.id, rule]));
    const weight = (rule: WordingRule) => rule.weight ?? 'cause';
    for (const rule of WORDING_RULES)
      for (const id of rule.outranks ?? []) {
        // match.ts compares rules of one weight only: any other id would be silently dead.
        expect(byId.get(id), `${rule.id} outranks ${id}`).toBeDefined();
        expect(weight(byId.get(id)!), `${rule.id} outranks ${id}`).toBe(weight(rule));
      }
    // A loop would keep match.ts's pick() swapping between the rules of a text for ever.
    const reaches = (from: WordingRule, to: string, seen = new Set<string>()): boolean =>
      (from.outranks ?? []).some(
        (id) =>
          id === to || (!seen.has(id) && (seen.add(id), reaches(byId.get(id) ?? from, to, seen))),
      );
    for (const rule of WORDING_RULES) expect(reaches(rule, rule.id), rule.id).toBe(false);
  });

  it('are lower-case patterns without flags, each requiring literal text to index it by', () => {
    for (const rule of WORDING_RULES) {
      expect(rule.pattern.flags, rule.id).toBe('');
      expect(
        rule.pattern.source.replace(/\\[A-Za-z]|\(\?<[a-z]+>|\\u\{?[0-9a-fA-F]+\}?/g, ''),
        rule.id,
      ).toBe(
        rule.pattern.source
          .replace(/\\[A-Za-z]|\(\?<[a-z]+>|\\u\{?[0-9a-fA-F]+\}?/g, '')
          .toLowerCase(),
      );
      expect(requiredLiterals(rule.pattern), rule.id).toBeDefined();
      expect(rule.source, rule.id).toMatch(/^https?:\/\//);
    }
  });

  it.each(WORDING_RULES.map((rule) => [rule.id, rule] as const))(
    '%s fires on its own example',
    (_, rule) => {
      const found = matcher.match(prepare(rule.example));
      const decided = found.cause ?? found.hint ?? found.prefix;
      expect(decided?.rule.id).toBe(rule.id);
    },
  );
});

// Texts two rules could claim, and the one that must: the noun before "size" says whose size.
const CONTESTED: [text: string, id: string][] = [
  ['Mailbox size exceeded', 'mailboxfull.no-space'],
  ['552 Mailbox size limit exceeded', 'mailboxfull.no-space'],
  ['552 Message size exceeded', 'mesgtoobig.too-big'],
  ['Size limit exceeded', 'mesgtoobig.too-big'],
  // Exchange's connection limit, which comes with the system status 4.3.2.
  [
    '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit',
    'toomanyconn.connections',
  ],
  // RFC 5321 s3.4: 551 names where the user now receives mail.
  ['551 User not local; please try <jane@example.net>', 'hasmoved.moved'],
  // "Your account" is the sending account: the reply speaks to the SMTP client.
  ['550 5.7.1 Your account has been suspended', 'securityerror.sender-account-disabled'],
  ['The recipient account has been suspended', 'suspend.disabled'],
  // A refusal that says why: the account, not a block.
  [
    "Your message has been blocked. The recipient's account has been temporarily disabled.",
    'suspend.disabled',
  ],
  // The domain part is what is wrong, though the sentence ends on "address".
  ['The domain name in the email address is incorrect.', 'hostunknown.domain-of-address'],
  // A filter that names the virus it found says why the content was refused.
  ['550 Message content rejected: virus found (Eicar-Signature)', 'virusdetected.virus'],
  ['Recipient is over their quota', 'mailboxfull.quota'],
  [
    '553 5.7.1 Sender domain does not match authenticated user',
    'securityerror.not-permitted-sender',
  ],
  ['554 Sender is not allowed to relay through this server', 'norelaying.relay-denied'],
  [
    '550 5.7.1 Client does not have permission to submit mail to this server',
    'securityerror.not-permitted-sender',
  ],
  // amavisd-new: the category after the id is the cause, whatever the status code says.
  [
    '554-5.7.0 Bounce, id=31536-15 - BANNED: 554 5.7.0 .exe,invoice.bat',
    'policyviolation.banned-content',
  ],
];

describe('wording rules on contested texts', () => {
  it.each(CONTESTED)('%s → %s', (text, id) => {
    const found = matcher.match(prepare(text));
    expect((found.cause ?? found.hint ?? found.prefix)?.rule.id).toBe(id);
  });
});
