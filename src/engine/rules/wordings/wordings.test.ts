/**
 * The wording rules as data: every rule is well formed, indexable, and fires on its own example
 * (so that no rule is silently outranked by another on the text it was written for).
 */
import { describe, expect, it } from 'vitest';
import { isReason } from '../../vocabulary/reasons.ts';
import { requiredLiterals } from '../required-literals.ts';
import { WORDING_RULES } from './index.ts';
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
