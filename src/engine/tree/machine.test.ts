import { describe, expect, it } from 'vitest';
import { answer, answerAt, assume, back, backTo, entryFor, plan, start } from './machine.ts';
import { TREE } from './tree.ts';

describe('start / answer / back', () => {
  it('picks the provider-code row before the reason row', () => {
    const seed = {
      reason: 'userunknown' as const,
      providerId: 'microsoft' as const,
      codes: ['AS(201806281)', '5.4.1'],
    };
    expect(entryFor(TREE, seed).id).toBe('microsoft-dbeb');
    expect(entryFor(TREE, { ...seed, providerId: null, codes: [] }).id).toBe('address');
  });

  it('runs forward through checks and stops at the first question', () => {
    const state = start(TREE, { reason: 'authfailure' });
    const result = plan(TREE, state);
    expect(result.checks).toEqual(['spf', 'dkim', 'dmarc']);
    expect(result.pending?.question).toBe('changed-esp');
    expect(result.outcome).toBeUndefined();
  });

  it('answers questions the bounce already answers, and marks them as such', () => {
    const state = start(TREE, { reason: 'userunknown', known: { recipients: 'many' } });
    const result = plan(TREE, state);
    expect(result.outcome?.id).toBe('address-many');
    expect(result.answers).toEqual([
      { question: 'recipients', answer: 'many', auto: true, assumed: false },
    ]);
    // Nothing for the user to undo.
    expect(back(TREE, state)).toBe(state);
  });

  it('ignores an answer the question does not offer, or when nothing is asked', () => {
    const state = start(TREE, { reason: 'authfailure' });
    expect(answer(TREE, state, 'perhaps')).toBe(state);
    const done = start(TREE, { reason: 'mailboxfull' });
    expect(answer(TREE, done, 'yes')).toBe(done);
  });

  it('back undoes the last answer; backTo returns to an earlier question', () => {
    let state = start(TREE, { reason: 'authfailure' });
    state = answer(TREE, state, 'yes');
    const afterFirst = state;
    state = answer(TREE, state, 'no');
    expect(plan(TREE, state).outcome?.id).toBe('auth-new-esp');
    expect(back(TREE, state)).toEqual(afterFirst);
    const again = backTo(TREE, state, 'auth-esp');
    expect(plan(TREE, again).pending?.question).toBe('changed-esp');
    expect(plan(TREE, again).answers).toEqual([]);
  });

  it('adds the checks that settle other readings once the walk ends, without repeats', () => {
    const state = start(TREE, {
      reason: 'mailboxfull',
      settleBy: ['address', 'address', 'ask the recipient'],
    });
    expect(plan(TREE, state).checks).toEqual(['address']);
    const seed = start(TREE, {
      reason: 'userunknown',
      providerId: 'microsoft' as const,
      codes: ['AS(201806281)'],
      settleBy: ['address'],
    });
    expect(plan(TREE, answer(TREE, seed, 'one')).checks).toEqual(['address']);
    const settled = start(TREE, {
      reason: 'userunknown',
      settleBy: ['blocklists'],
      known: { recipients: 'one' },
    });
    expect(plan(TREE, settled)).toMatchObject({
      checks: ['address', 'blocklists'],
      pathChecks: ['address'],
    });
  });
});

describe('assume / answerAt', () => {
  it('walks every open question with its assumed answer to an outcome, marked as assumed', () => {
    const state = assume(TREE, start(TREE, { reason: 'authfailure' }));
    const result = plan(TREE, state);
    expect(result.outcome?.id).toBe('auth-basic');
    expect(result.pending).toBeUndefined();
    expect(result.answers).toEqual([
      { question: 'changed-esp', answer: 'no', auto: false, assumed: true },
      { question: 'bulk', answer: 'no', auto: false, assumed: true },
    ]);
    // A walk with nothing open is left as it is.
    expect(assume(TREE, state)).toBe(state);
  });

  it('changes an answer anywhere on the trail and walks on from there only', () => {
    const assumed = assume(TREE, start(TREE, { reason: 'authfailure' }));
    const bulk = answerAt(TREE, assumed, 'auth-bulk', 'yes');
    expect(plan(TREE, bulk)).toMatchObject({
      outcome: { id: 'auth-bulk-rules' },
      checks: ['spf', 'dkim', 'dmarc', 'bulk-sender'],
      answers: [
        { question: 'changed-esp', answer: 'no', assumed: true },
        { question: 'bulk', answer: 'yes', assumed: false },
      ],
    });
    // The first answer changed: the walk stops at the next question, to be assumed again.
    const esp = answerAt(TREE, bulk, 'auth-esp', 'yes');
    expect(plan(TREE, esp).pending?.id).toBe('auth-new-bulk');
    expect(plan(TREE, assume(TREE, esp)).outcome?.id).toBe('auth-new-esp');
  });

  it('does not change an answer the bounce gave, one not offered, or a node not walked', () => {
    const many = start(TREE, { reason: 'userunknown', known: { recipients: 'many' } });
    expect(answerAt(TREE, many, 'address-start', 'one')).toBe(many);
    const auth = assume(TREE, start(TREE, { reason: 'authfailure' }));
    expect(answerAt(TREE, auth, 'auth-esp', 'perhaps')).toBe(auth);
    expect(answerAt(TREE, auth, 'reputation-esp', 'yes')).toBe(auth);
  });
});
