/**
 * Property tests: whatever the input — generated, mutated, hostile — parseBounce and classify
 * return a well-formed answer and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { REASONS } from '../classify/types.ts';
import { parseBounce } from './parse-bounce.ts';
import { EXIM_TEXT, GMAIL_AUTH_SMTP, POSTFIX_DSN, SEED } from '../test-support/messages.ts';

const reasons = new Set<string>(REASONS);

function wellFormed(input: string | Uint8Array) {
  const parsed = parseBounce(input);
  expect(Array.isArray(parsed.recipients)).toBe(true);
  expect(Array.isArray(parsed.warnings)).toBe(true);
  const results = classify(parsed);
  results.forEach((result, i) => {
    expect(result.index).toBe(i + 1);
    expect(reasons.has(result.reason)).toBe(true);
    expect(typeof result.summary).toBe('string');
  });
  return results;
}

const SAMPLES = [SEED, GMAIL_AUTH_SMTP, POSTFIX_DSN, EXIM_TEXT];

/** A real bounce with chunks deleted, duplicated or replaced by random text. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(
      fc.record({
        at: fc.nat(),
        length: fc.nat({ max: 200 }),
        insert: fc.string({ maxLength: 80 }),
        kind: fc.constantFrom('delete', 'duplicate', 'replace'),
      }),
      { maxLength: 6 },
    ),
  )
  .map(([sample, edits]) =>
    edits.reduce((text, { at, length, insert, kind }) => {
      const start = at % Math.max(1, text.length);
      const chunk = text.slice(start, start + length);
      if (kind === 'delete') return text.slice(0, start) + text.slice(start + length);
      if (kind === 'duplicate') return text.slice(0, start) + chunk + chunk + text.slice(start);
      return text.slice(0, start) + insert + text.slice(start + length);
    }, sample),
  );

describe('parseBounce and classify on any input', () => {
  it('never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 2000 }),
        (text) => void wellFormed(text),
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (data) => void wellFormed(data)),
      { numRuns: 300 },
    );
  });

  it('never throw on mutated real bounces, and keep recipients well-formed', () => {
    fc.assert(
      fc.property(mutated, (text) => void wellFormed(text)),
      { numRuns: 400 },
    );
  });

  it('read the same bounce the same way whatever the line endings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.constantFrom('\r\n', '\r'), (sample, ending) => {
        const reasonsOf = (text: string) =>
          classify(parseBounce(text)).map((r) => [r.recipient, r.reason, r.status]);
        expect(reasonsOf(sample.replace(/\n/g, ending))).toEqual(reasonsOf(sample));
      }),
    );
  });

  it('never turn markup into anything but text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '<img src=x onerror=alert(1)>',
          '<script>alert(1)</script>',
          '"><svg onload=alert(1)>',
        ),
        (markup) => {
          const [result] = wellFormed(`550 5.1.1 ${markup}`);
          expect(result!.diagnostic).toContain(markup);
        },
      ),
    );
  });
});

describe('hostile input', () => {
  // Shapes that make naive regular expressions backtrack: long runs that almost match.
  const attacks = [
    '550 ' + 'a'.repeat(50_000) + '@',
    '<' + 'a@'.repeat(30_000),
    ' '.repeat(100_000) + 'x',
    '550-'.repeat(20_000),
    'Content-Type: multipart/mixed; boundary="b"\n\n' + '--b\n'.repeat(20_000),
    'From: a@b\nSubject: x\n\n' + ('-'.repeat(3) + ' original message ').repeat(5_000),
    'Received: from ' + '['.repeat(50_000),
    'x'.repeat(200_000) + '\n' + '@'.repeat(200_000),
    ('=?utf-8?B?' + 'A'.repeat(100) + '?= ').repeat(2000),
    // Many addresses on one line: quadratic if each address is searched for again.
    'The message could not be delivered to bob@receiver.example because the mailbox is full. '.repeat(
      20_000,
    ),
    // Tens of thousands of recipients.
    Array.from(
      { length: 30_000 },
      (_, i) => `<u${i}@receiver.example>: 550 5.1.1 user unknown`,
    ).join('\n'),
    'Received: from a.example ([192.0.2.1]) by b.example\n'.repeat(50_000) + 'Subject: x\n\nbody',
  ];

  // The test timeout is the guard: catastrophic backtracking takes minutes, not seconds.
  // Speed itself is measured by `npm run bench:parse`, not asserted here.
  it.each(attacks.map((text, i) => [i, text] as const))(
    'finishes on pathological input #%i',
    (_i, text) => void wellFormed(text),
    10_000,
  );

  it('reads at most 1000 recipients and says so', () => {
    const many = Array.from(
      { length: 1500 },
      (_, i) => `<u${i}@receiver.example>: 550 5.1.1 user unknown`,
    ).join('\n');
    const parsed = parseBounce(many);
    expect(parsed.recipients).toHaveLength(1000);
    expect(parsed.warnings.join(' ')).toMatch(/only the first 1000/);
  });

  it('reads a 10 MB paste and says how much it read', () => {
    const huge = SEED + '\n' + 'x'.repeat(13 * 1024 * 1024);
    const parsed = parseBounce(huge);
    expect(parsed.warnings.join(' ')).toMatch(/only the first/);
  });
});
