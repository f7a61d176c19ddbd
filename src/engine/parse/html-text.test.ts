import { describe, expect, it } from 'vitest';
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
