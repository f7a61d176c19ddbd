/**
 * The fast slice of `npm run fuzz` that runs in `npm test`: a fixed seed, a few hundred inputs
 * of every shape, none larger than 128 KB, in this process. It fails on a crash (an input that
 * throws); a hang or a quadratic cost shows as the test's time limit. The full run, with its
 * watchdog and its time bars, is `npm run fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { exercise } from './exercise.ts';
import { corpusSamples, planInput, shapesNamed } from './plan.ts';

const SEED = 13;
const COUNT = 200;
const MAX_BYTES = 128 * 1024;

describe('npm run fuzz, a seeded slice', () => {
  const samples = corpusSamples();
  const shapes = shapesNamed([]);

  it(
    `reads ${COUNT} hostile inputs of every shape without a crash`,
    { timeout: 60_000 },
    async () => {
      const crashes: string[] = [];
      const seen = new Set<string>();
      for (let index = 0; index < COUNT; index++) {
        const { shape, input } = planInput(SEED, index, shapes, samples, MAX_BYTES);
        seen.add(shape.name);
        try {
          await exercise(input, shape.msg);
        } catch (error) {
          crashes.push(
            `input ${index} (${shape.name}): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      expect(crashes).toEqual([]);
      expect([...seen].sort()).toEqual(shapes.map((shape) => shape.name).sort());
    },
  );
});
