/**
 * The answers to the decision tree's questions that checks read. Only these go into a check's
 * context, and only the checks named below get them, so that changing an answer runs again
 * only the checks that read it (decision 067).
 */
import type { CheckId } from './registry.ts';

/** Question ids, as in tree/questions.ts (answers.test.ts holds them to it). */
export const QUESTIONS_CHECKS_READ = ['bulk'] as const;

/** The checks whose result depends on an answer (answers.test.ts holds every other to it). */
export const CHECKS_READING_ANSWERS: readonly CheckId[] = ['bulk-sender', 'content'];

export type CheckAnswers = Partial<Record<(typeof QUESTIONS_CHECKS_READ)[number], string>>;

/** The answers the checks read, out of the walk's answers so far. */
export function checkAnswers(
  answers: readonly { question: string; answer: string }[],
): CheckAnswers {
  const read: CheckAnswers = {};
  for (const id of QUESTIONS_CHECKS_READ) {
    const found = answers.find((answer) => answer.question === id);
    if (found) read[id] = found.answer;
  }
  return read;
}

/** "Do you send bulk mail?": yes and no, or undefined when not sure or not asked. */
export function sendsBulk(answers: CheckAnswers | undefined): boolean | undefined {
  if (answers?.bulk === 'yes') return true;
  if (answers?.bulk === 'no') return false;
  return undefined;
}
