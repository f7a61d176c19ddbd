import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.ts';

describe('examples', () => {
  it('have unique ids and labels', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(EXAMPLES.map((e) => e.label)).size).toBe(EXAMPLES.length);
  });

  it('start with the seed bounce, word for word', () => {
    expect(EXAMPLES[0]?.text).toBe(
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    );
  });

  it.each(EXAMPLES.map((e) => [e.id, e.text] as const))(
    '%s carries an SMTP reply code',
    (_, text) => {
      expect(text).toMatch(/\b[45]\d\d[ -][45]\.\d+\.\d+/);
    },
  );
});
