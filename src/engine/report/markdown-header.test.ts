import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { firstLine, isoInZone } from './markdown-header.ts';

describe('isoInZone', () => {
  const at = new Date('2026-07-01T23:30:05Z');
  it.each([
    ['Europe/Berlin', '2026-07-02T01:30:05+02:00 (Europe/Berlin)'],
    ['America/New_York', '2026-07-01T19:30:05-04:00 (America/New_York)'],
    ['Asia/Kolkata', '2026-07-02T05:00:05+05:30 (Asia/Kolkata)'],
    ['UTC', '2026-07-01T23:30:05+00:00 (UTC)'],
    ['Not/AZone', '2026-07-01T23:30:05+00:00 (UTC)'],
  ])('writes the time in %s', (zone, iso) => {
    expect(isoInZone(at, zone)).toBe(iso);
  });
});

describe('firstLine', () => {
  const md = new MarkdownIt('commonmark');
  const shown = (text: string) =>
    md.renderInline(firstLine(text)).replace(/^<code>|<\/code>$/g, '');

  it('is the first non-empty line, shown exactly as written', () => {
    expect(firstLine('\r\n  \n  550 5.1.1 <a@b.example>: no such user  \nsecond')).toBe(
      '`550 5.1.1 <a@b.example>: no such user`',
    );
    for (const text of [
      '[x](http://evil) **b** <script>',
      '`tick` and ``two``',
      '`',
      '&amp; \\*',
    ]) {
      expect(shown(text)).toBe(md.utils.escapeHtml(text));
    }
  });

  it('is shortened to one readable line', () => {
    const line = firstLine(`Received: ${'x'.repeat(400)}`);
    expect(line.length).toBeLessThan(170);
    expect(line).toMatch(/x…`$/);
    expect(firstLine(' \n ')).toBe('(empty)');
  });
});
