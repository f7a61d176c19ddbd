import { describe, expect, it } from 'vitest';
import { actorText, PERMANENCE_TEXT, permanenceOf } from './plain-words.ts';

describe('permanence', () => {
  it('reads permanent', () => {
    expect(permanenceOf(true)).toBe('permanent');
    expect(permanenceOf(false)).toBe('temporary');
    expect(permanenceOf(null)).toBe('not-a-failure');
  });

  it('says it in words, not only colour', () => {
    expect(PERMANENCE_TEXT.permanent.label).toMatch(/^Permanent/);
    expect(PERMANENCE_TEXT.temporary.label).toMatch(/^Temporary/);
  });
});

describe('who has to act', () => {
  it('names the domain’s DNS only where the fix is a DNS record', () => {
    expect(actorText('sender', 'authfailure')).toMatch(/domain’s DNS/);
    expect(actorText('sender', 'userunknown')).toBe('You, the sender');
    expect(actorText('recipient-admin', 'authfailure')).not.toMatch(/DNS/);
  });
});
