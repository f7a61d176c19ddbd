/**
 * Test helper: each path through the decision tree as one line of text, for the reviewed list
 * `src/engine/tree/reviewed-paths.txt` (an edit to the tree shows there as a diff):
 *
 *   entry | question=answer, question=answer | check, check | outcome
 *
 * with "-" for no answers or no checks. Lines starting with "#" are comments.
 */
import type { CheckId } from '../checks/types.ts';
import type { DecisionTree, QuestionId } from '../tree/types.ts';
import { walkPaths } from '../tree/walk.ts';

export interface PathLine {
  entry: string;
  answers: { question: QuestionId; answer: string }[];
  checks: CheckId[];
  outcome: string;
}

const list = (items: string[]) => (items.length > 0 ? items.join(', ') : '-');
const items = (text: string) => (text === '-' ? [] : text.split(', '));

export function pathLines(tree: DecisionTree): string[] {
  return walkPaths(tree).map((path) =>
    [
      path.entry,
      list(path.answers.map((a) => `${a.question}=${a.answer}`)),
      list(path.checks),
      path.outcome.id,
    ].join(' | '),
  );
}

export function parsePathLine(line: string): PathLine {
  const [entry = '', answers = '-', checks = '-', outcome = ''] = line.split(' | ');
  return {
    entry,
    answers: items(answers).map((pair) => {
      const [question = '', answer = ''] = pair.split('=');
      return { question: question as QuestionId, answer };
    }),
    checks: items(checks) as CheckId[],
    outcome,
  };
}

/** The reviewed list's text: its paths, without comments and blank lines. */
export function reviewedLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}
