import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { literalBranches } from '../required-literals.ts';
import { branchesOf, generatedBranches, type Branch } from './branches.ts';
import { WORDING_RULES } from './index.ts';

const shape = (branches: Branch[]) =>
  branches.map(({ pattern, literals }) => [pattern.source, pattern.flags, literals]);

describe('the wording rules’ kept branches', () => {
  it('are current: regenerate with npm run gen:wording-branches after editing a rule', () => {
    const kept = readFileSync(new URL('./branches.generated.ts', import.meta.url), 'utf8');
    expect(kept).toBe(generatedBranches(WORDING_RULES));
  });

  it('read as working each rule out again does', () => {
    for (const rule of WORDING_RULES)
      expect(shape(branchesOf(rule)), rule.id).toEqual(shape(literalBranches(rule.pattern)));
  });

  it('are not used for a rule whose source changed since', () => {
    const [rule] = WORDING_RULES;
    const edited = { ...rule!, pattern: /\bno such mailbox\b|\bmailbox unknown\b/ };
    expect(shape(branchesOf(edited))).toEqual([
      ['\\bno such mailbox\\b', '', ['no such mailbox']],
      ['\\bmailbox unknown\\b', '', ['mailbox unknown']],
    ]);
  });
});
