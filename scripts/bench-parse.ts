/**
 * npm run bench:parse — how long a 5 MB input takes to read and classify, in the shapes a big
 * input comes in: a bounce returning a large attachment, a pasted wall of prose, a long log of
 * SMTP lines, and hostile text made to trip naive regular expressions. Bar: under a second each.
 */
import { classify, parseBounce } from '../src/engine/index.ts';
import { POSTFIX_DSN } from '../src/engine/test-support/messages.ts';

const MB = 1024 * 1024;
const size = 5 * MB;

function attachment(): string {
  const line = 'QmFzZTY0IGJvZHkgb2YgYSBsYXJnZSBhdHRhY2htZW50IHJldHVybmVkIHdpdGggdGhlIGJvdW5jZS4g\n';
  const closing = '\n--4B2C1.1741000002/mx.sender.example--\n';
  const head = POSTFIX_DSN.replace(
    closing,
    '\n--4B2C1.1741000002/mx.sender.example\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n',
  );
  return head + line.repeat(Math.ceil((size - head.length) / line.length)) + closing;
}

const inputs: [string, () => string | Uint8Array][] = [
  ['DSN with a 5 MB attachment (bytes)', () => new TextEncoder().encode(attachment())],
  [
    '5 MB of pasted prose',
    () =>
      'The message could not be delivered to bob@receiver.example because the mailbox is full. '.repeat(
        size / 90,
      ),
  ],
  [
    '5 MB of SMTP reply lines',
    () =>
      '550-5.7.1 Unauthenticated email is not accepted from this domain\n'.repeat(size / 64) +
      '550 5.7.1 end\n',
  ],
  [
    '5 MB hostile text (near-miss addresses, no newlines)',
    () => 'a.'.repeat(size / 4) + '@'.repeat(size / 2),
  ],
  [
    '5 MB of recipient lines (100,000 recipients)',
    () =>
      '<user@receiver.example>: 550 5.1.1 user unknown\n'
        .replace('user@', () => 'u@')
        .repeat(size / 48)
        .replace(/u@/g, () => `u${Math.random().toString(36).slice(2, 7)}@`),
  ],
  [
    '5 MB of headers (Received lines)',
    () =>
      'Received: from a.example ([192.0.2.1]) by b.example with ESMTP id x\n'.repeat(size / 70) +
      'Subject: Undeliverable\n\n550 5.1.1 user unknown\n',
  ],
  ['multiparts nested 50 deep', () => nested(size)],
];

function nested(total: number): string {
  let body = 'Content-Type: text/plain\n\n550 5.2.2 mailbox full ' + 'x'.repeat(total / 2);
  for (let depth = 0; depth < 50; depth++) {
    body = `Content-Type: multipart/mixed; boundary="b${depth}"\n\n--b${depth}\n${body}\n--b${depth}--\n`;
  }
  return `From: MAILER-DAEMON@example.org\nSubject: Undeliverable\n${body}`;
}

let worst = 0;
for (const [name, make] of inputs) {
  const input = make();
  const started = performance.now();
  const results = classify(parseBounce(input));
  const ms = performance.now() - started;
  worst = Math.max(worst, ms);
  const length = typeof input === 'string' ? input.length : input.byteLength;
  console.log(
    `${name}: ${(length / MB).toFixed(1)} MB in ${ms.toFixed(0)} ms, ${results.length} recipient(s)`,
  );
}
console.log(`slowest: ${worst.toFixed(0)} ms (bar: under 1000 ms)`);
