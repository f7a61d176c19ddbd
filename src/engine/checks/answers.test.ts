import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../tree/questions.ts';
import { checkAnswers, QUESTIONS_CHECKS_READ, sendsBulk } from './answers.ts';

describe('the answers checks read', () => {
  it('are questions the tree asks, with yes and no among the answers', () => {
    for (const id of QUESTIONS_CHECKS_READ) {
      expect(QUESTIONS[id].options.map((option) => option.value)).toEqual(
        expect.arrayContaining(['yes', 'no']),
      );
    }
  });

  it('keep only those answers, so other answers leave the checks alone', () => {
    const walk = [
      { question: 'changed-esp', answer: 'yes' },
      { question: 'bulk', answer: 'unsure' },
    ];
    expect(checkAnswers(walk)).toEqual({ bulk: 'unsure' });
    expect(checkAnswers([])).toEqual({});
  });

  it('read "not sure" and no answer as not known', () => {
    expect(sendsBulk({ bulk: 'yes' })).toBe(true);
    expect(sendsBulk({ bulk: 'no' })).toBe(false);
    expect(sendsBulk({ bulk: 'unsure' })).toBeUndefined();
    expect(sendsBulk(undefined)).toBeUndefined();
  });
});
