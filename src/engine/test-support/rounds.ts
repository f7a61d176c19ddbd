/**
 * Test helper: a resolver that answers in rounds, with no clock. Every question asked while a
 * round is open is answered together, and the next round opens once everything those answers
 * set off has run (setImmediate comes after the microtasks). So the number of rounds is the
 * length of the longest chain of questions that waited for each other's answers: the time a
 * lookup takes, in round trips, without a flaky timer in the test.
 */
import type { Resolver } from '../dns/types.ts';

export interface RoundCounter {
  resolver: Resolver;
  rounds(): number;
  asked(): number;
}

export function inRounds(inner: Resolver): RoundCounter {
  let waiting: (() => void)[] = [];
  let rounds = 0;
  let asked = 0;
  const answerRound = () => {
    const round = waiting;
    waiting = [];
    rounds++;
    for (const answer of round) answer();
  };
  return {
    rounds: () => rounds,
    asked: () => asked,
    resolver: (name, type, options) => {
      asked++;
      if (waiting.length === 0) setImmediate(answerRound);
      return new Promise((resolve, reject) =>
        waiting.push(() => void inner(name, type, options).then(resolve, reject)),
      );
    },
  };
}
