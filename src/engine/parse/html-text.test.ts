import { describe, expect, it } from 'vitest';
import { growth, LINEAR } from '../test-support/growth.ts';
import { htmlToText } from './html-text.ts';
import { parseBounce } from './parse-bounce.ts';

describe('htmlToText', () => {
  it('keeps line breaks and decodes entities without rendering anything', () => {
    expect(htmlToText('a<br>b<div>c</div>&#55;&#x35;&nbsp;&bogus;')).toBe('a\nb\nc\n75 &bogus;');
  });

  it('drops scripts, styles and the head, and everything after one left open', () => {
    expect(
      htmlToText('<head><title>t</title></head>a<style>p{}</style>b<script>x()</script>c'),
    ).toBe('abc');
    expect(htmlToText('a<script>never closed')).toBe('a');
  });

  it('leaves out-of-range character references as written', () => {
    expect(htmlToText('x &#99999999; &#x110000; &#0; y')).toBe('x &#99999999; &#x110000; &#0; y');
  });

  it('reads an HTML-only notice with a bad character reference instead of throwing', () => {
    const message = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/html',
      '',
      '<p>550 5.1.1 &lt;bob@example.org&gt;: user unknown &#99999999;</p>',
      '',
    ].join('\n');
    expect(parseBounce(message).recipients).toMatchObject([
      { address: 'bob@example.org', status: '5.1.1' },
    ]);
  });

  it('finishes on many unclosed blocks (a rescan per block would not, within the test timeout)', () => {
    const html = 'a' + '<script>'.repeat(200_000) + '<style>'.repeat(200_000);
    expect(htmlToText(html)).toBe('a');
  });
});

describe('htmlToText on hostile markup', () => {
  it('keeps a "<" that no ">" closes within 2,000 characters, and drops any other tag', () => {
    expect(htmlToText(`a < b${' '.repeat(2001)}> c`)).toBe(`a < b${' '.repeat(2001)}> c`);
    expect(htmlToText('x<span class="y">1</span><<b>2')).toBe('x12');
    expect(htmlToText('a<BR/>b<br >c</P>d<table id=t>e')).toBe('a\nb\nc\nd\ne');
  });

  it('reads runs of "<", of spaces and of unclosed tags in linear time', () => {
    const shapes: ((n: number) => string)[] = [
      (n) => '<'.repeat(n) + '>',
      (n) => '<'.repeat(n),
      (n) => ' '.repeat(n) + 'x\n',
      (n) => '<p '.repeat(n / 3),
    ];
    for (const shape of shapes) {
      expect(growth((n) => htmlToText(shape(n)), 100_000)).toBeLessThan(LINEAR);
    }
  });
});
