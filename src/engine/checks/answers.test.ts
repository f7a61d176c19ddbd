import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../tree/questions.ts';
import { zoneResolver } from '../dns/zone.ts';
import { senderDetails, senderZone } from '../test-support/sender.ts';
import {
  CHECKS_READING_ANSWERS,
  checkAnswers,
  QUESTIONS_CHECKS_READ,
  sendsBulk,
} from './answers.ts';
import { CHECK_IDS } from './registry.ts';
import { runCheck } from './run-checks.ts';
import type { CheckAnswers } from './answers.ts';

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

  it('change only the results of the checks that are said to read them', async () => {
    const resolver = zoneResolver(senderZone('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'));
    const now = () => new Date('2024-01-02T10:00:00Z');
    const message = 'From: news@example.com\r\nSubject: hi\r\n\r\nHello';
    const run = (id: (typeof CHECK_IDS)[number], answers: CheckAnswers) =>
      runCheck(id, { resolver, sender: senderDetails(), now, message, answers });
    // How long each query took is the one thing two runs may differ in by themselves.
    const text = (result: unknown) =>
      JSON.stringify(result, (key, value: unknown) => (key === 'ms' ? undefined : value));
    const differing: string[] = [];
    for (const id of CHECK_IDS) {
      const [yes, no] = await Promise.all([run(id, { bulk: 'yes' }), run(id, { bulk: 'no' })]);
      if (text(yes) !== text(no)) differing.push(id);
    }
    expect(differing.filter((id) => !CHECKS_READING_ANSWERS.includes(id as never))).toEqual([]);
    // The test can tell: the bulk-sender rules do read the answer.
    expect(differing).toContain('bulk-sender');
  });
});
