/** The decision tree: data, the pure walk over it, its validator and its path walker. */
export type * from './types.ts';
export { TREE, buildTree } from './tree.ts';
export { QUESTIONS } from './questions.ts';
export { start, answer, answerAt, assume, back, backTo, plan, entryFor } from './machine.ts';
export { validateTree, type TreeProblem } from './validate.ts';
export { walkPaths, checksReachable, type TreePath } from './walk.ts';
