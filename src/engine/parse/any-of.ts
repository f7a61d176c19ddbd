/**
 * One scan to rule out a whole table of patterns: most texts match none of them, so a combined
 * pattern answers "none" in a single pass and the individual patterns run only when it might.
 * The combined pattern is a superset check (flags are merged), never the verdict itself.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = new Set<string>();
  for (const p of patterns) for (const f of p.flags) if ('imsu'.includes(f)) flags.add(f);
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), [...flags].join(''));
}

/** The first pattern of the table that matches, with its match; undefined after one quick scan when none can. */
export function firstMatching<T>(
  text: string,
  gate: RegExp,
  table: readonly T[],
  patternOf: (row: T) => RegExp,
): { row: T; match: RegExpExecArray } | undefined {
  if (!gate.test(text)) return undefined;
  for (const row of table) {
    const match = patternOf(row).exec(text);
    if (match) return { row, match };
  }
  return undefined;
}
