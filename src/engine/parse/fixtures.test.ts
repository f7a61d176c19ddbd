import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { classify } from '../classify/classify.ts';
import { parseBounce } from './parse-bounce.ts';
import { RECIPIENT_FIXTURES } from './fixtures/index.ts';
import { fixtureBytes } from './fixtures/load.ts';

const dir = join(import.meta.dirname, 'fixtures');

describe('failed recipients of each mail software, from its own templates', () => {
  it.each(RECIPIENT_FIXTURES.map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    const parsed = parseBounce(fixtureBytes(dir, fixture.file, fixture.ending));
    expect(parsed.isBounce, 'isBounce').toBe(fixture.isBounce ?? fixture.failed.length > 0);
    const failed = parsed.isBounce
      ? classify(parsed).filter(
          (c) => c.recipient && c.reason !== 'delivered' && c.reason !== 'vacation',
        )
      : [];
    expect(failed.map((c) => c.recipient.toLowerCase())).toEqual(fixture.failed);
    if (fixture.status) expect(failed.map((c) => c.status)).toEqual(fixture.status);
  });
});
