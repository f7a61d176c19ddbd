import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown-escape.ts';

// Raw HTML on, as in a ticket system that allows it: escaping alone must keep it out.
const renderers = {
  commonmark: new MarkdownIt('commonmark'),
  'markdown-it (tables, strikethrough)': new MarkdownIt('default', { html: true }),
};
const html = (text: string) => renderers.commonmark.utils.escapeHtml(text);
const asWritten = (text: string) => text.replace(/\r\n?|\n/g, ' ').trim();

/** What a renderer makes of the escaped text as a paragraph and as a list item's text. */
function rendered(text: string) {
  const escaped = escapeMarkdown(text);
  return Object.entries(renderers).map(([name, md]) => ({
    name,
    paragraph: md.render(escaped),
    item: md.render(`- Found: ${escaped}`),
  }));
}

function expectLiteral(text: string) {
  const literal = html(asWritten(text));
  for (const { name, paragraph, item } of rendered(text)) {
    expect({ name, paragraph }).toEqual({ name, paragraph: `<p>${literal}</p>\n` });
    expect({ name, item }).toEqual({ name, item: `<ul>\n<li>Found: ${literal}</li>\n</ul>\n` });
  }
}

describe('escapeMarkdown keeps text from outside literal', () => {
  it.each([
    '[x](http://evil)',
    'see [the help](https://evil.example/login "Gmail") now',
    '![i](u)',
    '<script>alert(1)</script>',
    '<http://x>',
    '<jane@example.com>: Recipient address rejected',
    '**bold**',
    '*em* and _em_ and ~~gone~~',
    'foo*bar*baz',
    '`code`',
    '``a ` b``',
    '<!-- hidden -->',
    '&lt;b&gt; &amp; &#65; &copy;',
    'C:\\path\\*not em*',
    'ends with a backslash\\',
    '# not a heading',
    '> not a quote',
    '- not a list',
    '+ not a list',
    '* not a list',
    '1. not a list',
    '2) not a list',
    '---',
    '```ts fence',
    '~~~ fence ~~',
    '* * *',
    '[ ] not a task',
    '[x]: http://evil',
    '<div',
    '    not code',
    'two  trailing spaces  \nnext line',
  ])('%s renders as written', (text) => {
    expectLiteral(text);
  });

  it('renders any text of Markdown characters as written', () => {
    const alphabet = fc.constantFrom(...'ab1 \n\\`*_~[]()<>!#&;+-.:/|='.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 24 }), (text) => {
        fc.pre(asWritten(text) !== '');
        expectLiteral(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('escapeMarkdown leaves plain text plain', () => {
  it.each([
    'well-formed',
    'AS(201806281)',
    '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
    'user@example.com',
    'first_last@example.com',
    'v=spf1 -all',
    'v=spf1 include:_spf.google.com ~all',
    'No DMARC record at _dmarc.example.com',
    'Blocked by zen.spamhaus.org (127.0.0.2)!',
    'a [bracket] and a (parenthesis) and #hash + plus',
    '2 * 3 = 6',
    'a < b > c',
    'https://support.google.com/mail/?p=NotAuthorizedError',
  ])('%s comes out unchanged', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
    expectLiteral(text);
  });

  it('escapes only what forms markup', () => {
    expect(escapeMarkdown('[x](http://evil) <img> *a*')).toBe('[x\\](http://evil) \\<img> \\*a\\*');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('line one\r\nline two')).toBe('line one line two');
  });

  it('inside a link text escapes every bracket', () => {
    expect(escapeMarkdown('a [b] c', { inLinkText: true })).toBe('a \\[b\\] c');
    const md = renderers.commonmark;
    expect(
      md.renderInline(`[${escapeMarkdown('a ] b', { inLinkText: true })}](<https://x.test>)`),
    ).toBe('<a href="https://x.test">a ] b</a>');
  });
});
