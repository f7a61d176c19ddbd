import { describe, expect, it } from 'vitest';
import { growth, LINEAR } from '../../test-support/growth.ts';
import { leaves, readHeaders, readPart } from './mime.ts';
import { originalMessageIn } from './original.ts';

const bounce = (eol: string) =>
  [
    'Content-Type: multipart/report; boundary="b"',
    '',
    'preamble',
    '--b',
    'Content-Type: text/plain',
    '',
    'notice',
    '--b',
    'Content-Type: message/rfc822',
    '',
    'Subject: hi',
    '',
    'body',
    '--b--',
    'epilogue',
  ].join(eol);

describe('readPart', () => {
  it('splits at boundary lines, and stops at the close delimiter', () => {
    const root = readPart(bounce('\r\n'));
    expect(root.parts.map((part) => part.contentType)).toEqual(['text/plain', 'message/rfc822']);
    expect(root.parts[0]?.body).toBe('notice');
  });

  it('keeps the returned message with its own line endings (pasted text has LF only)', () => {
    expect(originalMessageIn(bounce('\r\n'))).toBe('Subject: hi\r\n\r\nbody');
    expect(originalMessageIn(bounce('\n'))).toBe('Subject: hi\n\nbody');
  });

  it('reads the first 1,000 parts of a message made of parts', () => {
    const many = `Content-Type: multipart/mixed; boundary="p"\n\n${'--p\n\nx\n'.repeat(100_000)}--p--\n`;
    expect(leaves(readPart(many)).length).toBeLessThanOrEqual(1000);
  });

  it('costs time linear in the number of lines, boundary or not', () => {
    const lines = (n: number) =>
      `Content-Type: multipart/report; boundary="b"\n\n${'--\n--bb\n'.repeat(n / 2)}`;
    expect(growth((n) => readPart(lines(n)), 50_000)).toBeLessThan(LINEAR);
  });
});

describe('readHeaders', () => {
  it('unfolds continuation lines and keeps names and values as written, CRLF or LF', () => {
    const head =
      'Subject: a\r\n long\r\n\tsubject\r\nnot a header\r\nX-Empty:\r\n: no name\r\nTo:  b@x.example ';
    const expected = [
      { name: 'Subject', value: 'a long subject' },
      { name: 'X-Empty', value: '' },
      { name: 'To', value: 'b@x.example' },
    ];
    expect(readHeaders(head)).toEqual(expected);
    expect(readHeaders(head.replaceAll('\r\n', '\n'))).toEqual(expected);
  });

  // Issue 13's fuzz: a pasted "550 5.1.1 =\n=\n…" is a head of 240,000 lines without a colon.
  it('costs time linear in the number of lines, a colon on each or only at the end', () => {
    expect(growth((n) => readHeaders(`${'=\n'.repeat(n)}X: y`), 100_000)).toBeLessThan(LINEAR);
    expect(growth((n) => readHeaders('X: y\n'.repeat(n)), 50_000)).toBeLessThan(LINEAR);
  });
});
