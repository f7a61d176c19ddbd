import { TREE, validateTree, walkPaths } from '../../engine/index.ts';
import './how-it-decides.css';
import { TreeDiagram } from './tree-diagram.tsx';
import { TreeOutline } from './tree-outline.tsx';

/** Entry rows grouped by the node they start at: one drawing per group. */
function groups() {
  const byStart = new Map<string, string[]>();
  for (const entry of TREE.entries) {
    byStart.set(entry.start, [...(byStart.get(entry.start) ?? []), entry.label]);
  }
  return [...byStart];
}

/** The "How it decides" page: the decision tree drawn from its own data. */
export function HowItDecides() {
  const problems = validateTree(TREE);
  const paths = walkPaths(TREE);
  return (
    <>
      <p className="lede">
        After the diagnosis, this tree picks which checks to run and in what order, asks the few
        questions the bounce cannot answer, and says what goes on the checklist. It is drawn from
        the same data the wizard uses: {TREE.entries.length} starting points, {paths.length} paths,
        each with its own automated test.
        {problems.length === 0
          ? ' The validator finds no dangling or unreachable step.'
          : ` The validator reports ${problems.length} problem(s).`}
      </p>
      {groups().map(([start, labels]) => (
        <section key={start} className="how__group" aria-labelledby={`how-${start}`}>
          <h2 id={`how-${start}`}>{labels.join(' · ')}</h2>
          <div className="how__scroll">
            <TreeDiagram start={start} caption={`When the diagnosis is: ${labels.join('; ')}.`} />
          </div>
          <details>
            <summary>Read it as a list</summary>
            <TreeOutline start={start} />
          </details>
        </section>
      ))}
    </>
  );
}
