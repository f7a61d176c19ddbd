/**
 * `npx tsx scripts/tree-paths.ts > src/engine/tree/reviewed-paths.txt`: print every path through
 * the decision tree, one a line, for the reviewed list that tree/paths.test.ts compares with.
 * Run it after editing the tree and read the diff: each changed line is a journey that changed.
 */
import { TREE } from '../src/engine/tree/tree.ts';
import { pathLines } from '../src/engine/test-support/tree-paths.ts';

const header = [
  '# Every path through the decision tree (src/engine/tree), reviewed: tree/paths.test.ts fails',
  '# when the tree walks differently. Regenerate with `npx tsx scripts/tree-paths.ts >',
  '# src/engine/tree/reviewed-paths.txt` and review the diff.',
  '# entry | question=answer, ... | checks run, in order | outcome',
];
process.stdout.write(`${[...header, ...pathLines(TREE)].join('\n')}\n`);
