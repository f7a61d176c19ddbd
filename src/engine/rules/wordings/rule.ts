import type { Reason } from '../../vocabulary/reasons.ts';
import type { WordingRule } from './types.ts';

type Options = Pick<WordingRule, 'weight' | 'commands' | 'attempt' | 'outranks' | 'actor'>;

/** A rule whose reason is the first part of its id ("userunknown.no-such-user"). */
export function rule(
  id: `${Reason}.${string}`,
  pattern: RegExp,
  example: string,
  source: string,
  options: Options = {},
): WordingRule {
  const reason = id.slice(0, id.indexOf('.')) as Reason;
  return { id, reason, pattern, example, source, ...options };
}

/** The same, for a generic wording that an enhanced status code outranks. */
export const hint = (
  id: `${Reason}.${string}`,
  pattern: RegExp,
  example: string,
  source: string,
  options: Omit<Options, 'weight'> = {},
) => rule(id, pattern, example, source, { ...options, weight: 'hint' });

/** A wording that names only what was refused: read when nothing after it says more. */
export const prefix = (
  id: `${Reason}.${string}`,
  pattern: RegExp,
  example: string,
  source: string,
) => rule(id, pattern, example, source, { weight: 'prefix' });
