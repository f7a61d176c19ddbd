/**
 * How much longer `run` takes on an input four times the size: about 4 when its cost is linear,
 * 16 when it is quadratic. A ratio rather than a time in ms, so that a test stays true on a
 * loaded machine: each size is timed five times and the fastest run kept, and a ratio above
 * LINEAR is measured again (twice at most) before it is believed, since a busy neighbour can
 * slow one size down but not turn a linear cost quadratic three times in a row.
 */
export function growth(run: (size: number) => void, size: number): number {
  const time = (n: number) => fastest(() => run(n));
  time(size); // the first runs compile the code under test
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= LINEAR; attempt++) {
    const small = time(size);
    ratio = Math.min(ratio, time(size * 4) / Math.max(small, 1));
  }
  return ratio;
}

/** Below this a cost grows linearly (4) or as n log n (about 5), not quadratically (16). */
export const LINEAR = 10;

/** The fastest of `runs` runs, in ms: a busy neighbour slows some runs, not all. */
export function fastest(run: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
