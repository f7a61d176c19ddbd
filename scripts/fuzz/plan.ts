/**
 * Which input a fuzz run makes at each index: the shape and the size come from the run's seed
 * and the index alone, so `npm run fuzz -- --seed S --from I --count 1` makes input I again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../lib/corpus.ts';
import { inputSeed, seeded } from '../../src/engine/test-support/random.ts';
import { SHAPES, type FuzzInput, type Shape } from './shapes.ts';

export const MB = 1024 * 1024;

export interface Planned {
  index: number;
  shape: Shape;
  size: number;
  input: FuzzInput;
}

/**
 * Sizes: mostly a bounce's (200 B to 64 KB), some large (to 1 MB), a few as large as the engine
 * is promised to read within a second (to `maxBytes`, 5 MB by default).
 */
function sizeFor(next: () => number, maxBytes: number): number {
  const roll = next();
  const [low, high] =
    roll < 0.85 ? [200, 64 * 1024] : roll < 0.98 ? [64 * 1024, MB] : [MB, maxBytes];
  return Math.round(low * (Math.min(high, maxBytes) / low) ** next());
}

/** Bounces of the corpus, read in place (never copied into the repository); none without it. */
export function corpusSamples(): string[] {
  const dir = corpusDir();
  if (!dir) return [];
  const samples: string[] = [];
  for (const folder of ['bsd', 'dos', 'mac']) {
    const path = join(dir, 'emails', 'maildir', folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) samples.push(readFileSync(join(path, name), 'latin1'));
  }
  return samples;
}

/** The shape and size of input `index`, and the random source that makes it. */
export function planShape(
  seed: number,
  index: number,
  shapes: readonly Shape[],
  maxBytes = 5 * MB,
) {
  const random = seeded(inputSeed(seed, index));
  const shape = shapes[random.int(shapes.length)]!;
  return { shape, size: sizeFor(random.next, maxBytes), random };
}

export function planInput(
  seed: number,
  index: number,
  shapes: readonly Shape[],
  samples: readonly string[],
  maxBytes = 5 * MB,
): Planned {
  const { shape, size, random } = planShape(seed, index, shapes, maxBytes);
  return { index, shape, size, input: shape.make(random, size, samples) };
}

/** The shapes a run uses: those named, or every shape. */
export function shapesNamed(names: readonly string[]): Shape[] {
  if (names.length === 0) return SHAPES;
  const unknown = names.filter((name) => !SHAPES.some((shape) => shape.name === name));
  if (unknown.length) throw new Error(`no such shape: ${unknown.join(', ')}`);
  return SHAPES.filter((shape) => names.includes(shape.name));
}
