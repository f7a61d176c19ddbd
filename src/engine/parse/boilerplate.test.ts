import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../rules/required-literals.ts';
import { BOILERPLATE, TEMPLATE_SENTENCES, withoutTemplates } from './boilerplate.ts';

describe('templates and boilerplate', () => {
  // The remover looks for each pattern's literals in the lower-cased text: a pattern written
  // with a capital letter would never be tried.
  it.each([...BOILERPLATE, ...TEMPLATE_SENTENCES].map((p) => [p.source, p]))(
    'is written in lower case and requires a literal: %s',
    (_, pattern) => {
      const literals = requiredLiterals(new RegExp(pattern.source, pattern.flags.replace('i', '')));
      expect(literals).toBeDefined();
      for (const literal of literals!) expect(literal).toBe(literal.toLowerCase());
    },
  );

  it('takes out template sentences in any case and keeps what the notice says', () => {
    const text =
      'This is the mail system at host mx.example.net. Delivery Status Notification (Failure) ' +
      '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown';
    const rest = withoutTemplates(text).replace(/\s+/g, ' ').trim();
    expect(rest).toBe('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown');
  });

  it('reads a long rule line once, whatever its length', () => {
    const line = '-'.repeat(200_000);
    const start = performance.now();
    withoutTemplates(`${line} transcript of session follows ${line}`);
    // Quadratic in the run of dashes this takes minutes; linear it takes milliseconds.
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
