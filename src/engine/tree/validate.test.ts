import { describe, expect, it } from 'vitest';
import { end, run, yesNo } from './node-builders.ts';
import { QUESTIONS } from './questions.ts';
import { buildTree, TREE } from './tree.ts';
import { validateTree } from './validate.ts';
import type { Entry } from './types.ts';
import { REASONS } from '../classify/types.ts';

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
