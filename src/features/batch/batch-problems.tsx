import type { BatchProblem, ColumnChoice } from '../../engine/index.ts';
import { ColumnPicker } from './column-picker.tsx';

interface BatchProblemsProps {
  problems: BatchProblem[];
  /** Re-read a file with picked columns; absent when the page no longer holds the file. */
  pick(file: string): ((choice: ColumnChoice) => void) | undefined;
}

/** What could not be read, file by file, in plain words; a column picker where it helps. */
export function BatchProblems({ problems, pick }: BatchProblemsProps) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 50);
  return (
    <section className="batch-problems" aria-labelledby="batch-problems-heading">
      <h2 id="batch-problems-heading">
        {problems.length === 1 ? 'One file' : `${problems.length.toLocaleString('en')} files`} not
        read in full
      </h2>
      <ul>
        {shown.map((problem, i) => (
          <li key={`${problem.file}-${i}`}>
            <p>{problem.message}</p>
            {problem.kind === 'columns' ? (
              <ColumnPicker problem={problem} onPick={pick(problem.file)} />
            ) : null}
          </li>
        ))}
      </ul>
      {problems.length > shown.length ? (
        <p>…and {(problems.length - shown.length).toLocaleString('en')} more.</p>
      ) : null}
    </section>
  );
}
