import { describe, expect, it } from 'vitest';
import { end, run, yesNo } from './node-builders.ts';
import { QUESTIONS } from './questions.ts';
import { buildTree, TREE } from './tree.ts';
import { validateTree } from './validate.ts';
import type { Entry } from './types.ts';
import { REASONS } from '../vocabulary/reasons.ts';

const everyReason: Entry = { id: 'all', label: 'all', reasons: [...REASONS], start: 'a' };

describe('validateTree', () => {
  it('finds nothing wrong with the shipped tree', () => {
    expect(validateTree(TREE)).toEqual([]);
  });

  it('rejects dangling node, advice, question and check ids', () => {
    const tree = buildTree({
      entries: [
        everyReason,
        { id: 'lost', label: 'lost', reasons: ['vacation'], start: 'nowhere' },
      ],
      nodes: [
        run('a', ['spf', 'dns-magic' as never], 'b'),
        { kind: 'question', id: 'b', question: 'mood' as never, next: { yes: 'c' } },
        end('c', 'c', ['no-such-advice']),
      ],
      advice: [],
    });
    const problems = validateTree(tree).map((p) => `${p.kind} ${p.where}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'dangling entry lost',
        'unknown-check node a',
        'dangling node b',
        'dangling node c',
      ]),
    );
  });

  it('rejects a repeated entry id, unknown providers and reasons, and why words for nothing', () => {
    const tree = buildTree({
      entries: [
        everyReason,
        { id: 'all', label: 'again', reasons: ['vacation'], start: 'a' },
        { id: 'odd', label: 'odd', provider: 'hotmale' as never, codes: ['5.7.1'], start: 'a' },
        { id: 'vague', label: 'vague', reasons: ['gremlins' as never], start: 'a' },
      ],
      nodes: [run('a', ['spf'], 'c'), end('c', 'c', [])],
      advice: [],
      why: { all: { spf: 'yes', 'dns-magic': 'no' } as never, gone: { spf: 'orphaned' } },
    });
    expect(validateTree(tree).map((p) => `${p.kind} ${p.where}: ${p.text}`)).toEqual([
      'duplicate entry all: is the id of an earlier row too',
      'dangling entry odd: names unknown provider "hotmale"',
      'dangling entry vague: names unknown reason "gremlins"',
      'unknown-check why all: names unknown check "dns-magic"',
      'dangling why gone: is kept for an entry the tree does not have',
    ]);
  });

  it('rejects a question that assumes an answer it does not offer', () => {
    const tree = buildTree({
      entries: [everyReason],
      nodes: [yesNo('a', 'bulk', 'c', 'c'), end('c', 'c', [])],
      advice: [],
      questions: { ...QUESTIONS, bulk: { ...QUESTIONS.bulk, assume: 'maybe' } },
    });
    expect(validateTree(tree).map((p) => `${p.kind} ${p.where}: ${p.text}`)).toEqual([
      'dangling question bulk: assumes "maybe", which it never offers',
    ]);
  });

  it('rejects unreachable outcomes, missing branches and reasons without an entry', () => {
    const tree = buildTree({
      entries: [{ id: 'one', label: 'one', reasons: ['mailboxfull'], start: 'q' }],
      nodes: [
        { kind: 'question', id: 'q', question: 'bulk', next: { yes: 'done' } },
        end('done', 'done', ['x']),
        end('orphan', 'orphan', ['x']),
      ],
      advice: [{ id: 'x', title: 'x', text: 'x' }],
      questions: QUESTIONS,
    });
    const problems = validateTree(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'unreachable', where: 'outcome orphan' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'unanswered', text: 'has no branch for "no"' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'uncovered', where: 'reason userunknown' }),
    );
  });

  it('rejects loops', () => {
    const tree = buildTree({
      entries: [everyReason],
      nodes: [run('a', ['spf'], 'b'), yesNo('b', 'bulk', 'a', 'c'), end('c', 'c', ['x'])],
      advice: [{ id: 'x', title: 'x', text: 'x' }],
    });
    expect(validateTree(tree).map((p) => p.kind)).toContain('cycle');
  });
});
