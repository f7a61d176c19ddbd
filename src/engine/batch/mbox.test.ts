import { describe, expect, it } from 'vitest';
import { MBOX } from '../test-support/batch-fixtures.ts';
import { createMboxSplitter, looksLikeMbox } from './mbox.ts';

const decoder = new TextDecoder();

function split(bytes: Uint8Array, chunk: number): string[] {
  const messages: string[] = [];
  const splitter = createMboxSplitter((m) => messages.push(decoder.decode(m)));
  for (let at = 0; at < bytes.length; at += chunk) splitter.push(bytes.subarray(at, at + chunk));
  splitter.end();
  return messages;
}

describe('mbox splitter', () => {
  const bytes = new TextEncoder().encode(MBOX);

  it('cuts at From lines, whatever the chunks', () => {
    const whole = split(bytes, bytes.length);
    expect(whole).toHaveLength(5);
    expect(whole[0]).toMatch(/^From: Mail Delivery System/);
    for (const chunk of [1, 3, 64, 1000]) expect(split(bytes, chunk)).toEqual(whole);
  });

  it('keeps a body line that only starts with "From" inside its message', () => {
    const text = 'From a@b.example Mon Mar  3 10:00:00 2025\nSubject: x\n\nFrom here on\nFrom\n';
    expect(split(new TextEncoder().encode(text), 4)).toEqual([
      'Subject: x\n\nFrom here on\nFrom\n',
    ]);
  });

  it('cuts at From lines after CRLF and after a lone CR too', () => {
    const lf = 'From a@b.example Mon Mar  3 10:00:00 2025\nSubject: x\n\nbody\n';
    const messages = [lf + lf, (lf + lf).replace(/\n/g, '\r\n'), (lf + lf).replace(/\n/g, '\r')];
    expect(messages.map((text) => split(new TextEncoder().encode(text), 5))).toEqual([
      ['Subject: x\n\nbody\n', 'Subject: x\n\nbody\n'],
      ['Subject: x\r\n\r\nbody\r\n', 'Subject: x\r\n\r\nbody\r\n'],
      ['Subject: x\r\rbody\r', 'Subject: x\r\rbody\r'],
    ]);
  });

  it('recognises an mbox by its first line', () => {
    expect(looksLikeMbox(bytes)).toBe(true);
    expect(looksLikeMbox(new TextEncoder().encode('From: someone@example.com\n'))).toBe(false);
  });
});
