/**
 * The inputs of `npm run fuzz`: each shape makes one input of about a given size from a seeded
 * random source, so any input of a run can be made again from (seed, index). The shapes are the
 * ones issue 13 found hostile (giant headers, deep MIME, boundary tricks, huge base64, encoded
 * words, invalid UTF-8, ISO-2022-JP, NUL bytes, 10,000 recipients, backtracking bait, HTML,
 * mutated Outlook files) and real bounces from the corpus, mutated.
 */
import { mutatedMsg } from '../../src/features/paste/test-support/mutated-msg.ts';
import type { Random } from '../../src/engine/test-support/random.ts';
import {
  EXIM_TEXT,
  GMAIL_AUTH_SMTP,
  POSTFIX_DSN,
  SEED,
} from '../../src/engine/test-support/messages.ts';

export type FuzzInput = string | Uint8Array;

export interface Shape {
  name: string;
  /** What the shape makes, in a few words. */
  about: string;
  make(random: Random, size: number, samples: readonly string[]): FuzzInput;
  /** Outlook files go through the .msg reader before the engine. */
  msg?: boolean;
}

const SAMPLES = [POSTFIX_DSN, EXIM_TEXT, GMAIL_AUTH_SMTP, SEED];

/** Repeats `unit` (made fresh each time when a function) until the text is about `size` long. */
function fill(size: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = typeof unit === 'string' ? unit : unit(i);
    parts.push(part);
    length += Math.max(1, part.length);
  }
  return parts.join('');
}

const word = (random: Random) => random.pick(['mail', 'user', 'unknown', '550', '5.1.1', 'host']);

/** A multipart/report around a notice, a status part and a returned message. */
function report(parts: { notice?: string; status?: string; original?: string; headers?: string }) {
  const b = 'fuzz-boundary';
  const status =
    parts.status ??
    'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n';
  return [
    'From: MAILER-DAEMON@mx.example.net',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    parts.headers ?? 'X-Fuzz: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain',
    '',
    parts.notice ?? 'Your message could not be delivered to bob@example.org.',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    status,
    `--${b}`,
    'Content-Type: message/rfc822',
    '',
    parts.original ?? 'From: sender@example.com\nTo: bob@example.org\nSubject: hello\n\nhi',
    `--${b}--`,
    '',
  ].join('\n');
}

/** Edits a real bounce: cut, doubled, replaced, a line repeated up to `size`, bytes flipped. */
function mutate(random: Random, text: string, size: number): FuzzInput {
  let out = text;
  for (let edits = 1 + random.int(6); edits > 0; edits--) {
    const at = random.int(out.length + 1);
    const length = random.int(400);
    switch (random.int(5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + length);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at, at + length).repeat(2) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + random.pick(BAIT)(random, 40 + random.int(200)) + out.slice(at);
        break;
      case 3: {
        const start = out.lastIndexOf('\n', at) + 1;
        const end = out.indexOf('\n', at);
        const line = out.slice(start, end < 0 ? out.length : end + 1) || 'x\n';
        out = out.slice(0, start) + fill(Math.max(0, size - out.length), line) + out.slice(start);
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(random.int(256)) + out.slice(at + 1);
    }
  }
  if (!random.chance(0.2)) return out;
  const bytes = new TextEncoder().encode(out);
  for (let flips = random.int(20); flips > 0; flips--)
    bytes[random.int(bytes.length)] = random.int(256);
  return bytes;
}

/** Runs made for regular expressions that backtrack; each one a few characters repeated. */
const BAIT: ((random: Random, size: number) => string)[] = [
  (_, n) => 'a.'.repeat(n / 2),
  (_, n) => '@'.repeat(n),
  (_, n) => 'a@'.repeat(n / 2),
  (_, n) => 'x@y.'.repeat(n / 4),
  (_, n) => '<'.repeat(n),
  (_, n) => '5.5.'.repeat(n / 4),
  (_, n) => '550-'.repeat(n / 4),
  (_, n) => ' '.repeat(n) + 'x',
  (_, n) => '\t \t'.repeat(n / 3) + '\n',
  (_, n) => '=?'.repeat(n / 2),
  (_, n) => '(('.repeat(n / 2),
  (_, n) => '[['.repeat(n / 2),
  (_, n) => '::'.repeat(n / 2),
  (_, n) => '1'.repeat(n),
  (_, n) => 'a'.repeat(n),
  (_, n) => 'http://'.repeat(n / 7),
  (_, n) => '-'.repeat(n),
  (_, n) => 'mailbox '.repeat(n / 8),
  (_, n) => '192.0.2.1.'.repeat(n / 10),
  (_, n) => 'by from by from '.repeat(n / 16),
  (_, n) => '&#'.repeat(n / 2),
  (_, n) => '=\n'.repeat(n / 2),
  (random, n) => fill(n, () => word(random) + random.pick([' ', '.', '@', ':', '\n', '-'])),
];

const ENCODED = [
  '=?utf-8?B?aGVsbG8gd29ybGQh?=',
  '=?iso-8859-1?Q?Caf=E9_cr=E8me?=',
  '=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=',
  '=?utf-8?B?w6l?=',
  '=?x-unknown?Q?=ZZ?=',
  '=?utf-8?Q?',
  '=?utf-8*en?b?YWJj?=',
];

export const SHAPES: Shape[] = [
  {
    name: 'corpus',
    about: 'a corpus bounce (or a test one without the corpus), cut, doubled, flipped, grown',
    make: (random, size, samples) =>
      mutate(random, random.pick(samples.length ? samples : SAMPLES), size),
  },
  {
    name: 'giant-headers',
    about: 'thousands of Received lines, or one header as long as the input',
    make(random, size) {
      const folded = random.chance(0.5);
      const line =
        random.int(3) === 0
          ? 'Received: from a.example ([192.0.2.1]) by b.example with ESMTP id x\n'
          : `${random.pick(['Subject', 'From', 'To', 'Received', 'X-Long', 'DKIM-Signature', 'Content-Type'])}: ${fill(size, folded ? 'word word word word word word\n ' : 'word ')}\n`;
      const block = line.startsWith('Received') ? fill(size, line) : line;
      return random.chance(0.5)
        ? `${block}From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable\n\n550 5.1.1 user unknown\n`
        : report({ original: `${block}From: sender@example.com\n\nhi` });
    },
  },
  {
    name: 'deep-mime',
    about: 'multiparts nested up to 300 deep, or thousands of parts side by side',
    make(random, size) {
      const depth = 1 + random.int(300);
      if (random.chance(0.5)) {
        let body = `Content-Type: text/plain\n\n550 5.2.2 mailbox full ${'x'.repeat(size / 2)}`;
        for (let d = 0; d < depth; d++) {
          const type = random.chance(0.2) ? 'message/rfc822' : `multipart/mixed; boundary="b${d}"`;
          body = type.startsWith('message')
            ? `Content-Type: ${type}\n\n${body}`
            : `Content-Type: ${type}\n\n--b${d}\n${body}\n--b${d}--\n`;
        }
        return `From: MAILER-DAEMON@example.org\nSubject: Undeliverable\n${body}`;
      }
      const part = `--p\nContent-Type: ${random.pick(['text/plain', 'message/delivery-status', 'message/rfc822', 'text/html'])}\n\nStatus: 5.1.1\nFinal-Recipient: rfc822; a@b.example\n\n`;
      return `From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary="p"\n\n${fill(size, part)}--p--\n`;
    },
  },
  {
    name: 'boundary-tricks',
    about: 'boundaries inside the content, empty, full of regex characters, never closed',
    make(random, size) {
      const boundary = random.pick([
        '',
        '-',
        '--',
        '.*+?^${}()|[]\\',
        'b',
        'x'.repeat(200),
        '"',
        ' ',
      ]);
      const line = random.pick([
        `--${boundary}\n`,
        `--${boundary}--\n`,
        `--${boundary}${boundary}\n`,
        `${boundary}\n`,
        `--${boundary}\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n`,
        '--\n',
      ]);
      return `From: MAILER-DAEMON@example.org\nSubject: Undeliverable\nContent-Type: multipart/report; boundary="${boundary}"\n\n${fill(size, line)}550 5.1.1 user unknown\n`;
    },
  },
  {
    name: 'huge-base64',
    about: 'base64 parts as large as the input, with or without line breaks, some broken',
    make(random, size) {
      const unit = random.pick([
        'QmFzZTY0IGJvZHkgb2YgYSBsYXJnZSBhdHRhY2htZW50IHJldHVybmVkIHdpdGggdGhlIGJvdW5jZS4g\n',
        'QUFB',
        'A=B=C==\n',
        '!!!!',
        'NTUwIDUuMS4xIHVzZXIgdW5rbm93bgo=\n',
      ]);
      const data = fill(size, unit);
      const where = random.int(3);
      const encoded = `Content-Transfer-Encoding: base64\n\n${data}`;
      if (where === 0) return report({ notice: 'x', original: `Subject: a\n${encoded}` });
      const b = 'q';
      return `From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary="${b}"\n\n--${b}\nContent-Type: ${where === 1 ? 'text/plain' : 'message/delivery-status'}\n${encoded}\n--${b}--\n`;
    },
  },
  {
    name: 'encoded-words',
    about: 'headers of thousands of RFC 2047 words, adjacent or not, some broken',
    make(random, size) {
      const separator = random.pick([' ', '', '\n ', ' x ']);
      const value = fill(size, () => random.pick(ENCODED) + separator);
      const header = random.pick(['Subject', 'From', 'To']);
      return random.chance(0.5)
        ? `From: MAILER-DAEMON@example.org\n${header}: ${value}\n\n550 5.1.1 user unknown\n`
        : report({ original: `${header}: ${value}\nFrom: a@b.example\n\nhi` });
    },
  },
  {
    name: 'invalid-utf8',
    about: 'a bounce with random bytes in its headers and body, as bytes',
    make(random, size) {
      const bytes = new TextEncoder().encode(report({ notice: 'x'.repeat(size) }));
      for (let i = 0; i < bytes.length; i += 1 + random.int(50)) bytes[i] = 0x80 + random.int(128);
      return bytes;
    },
  },
  {
    name: 'iso-2022-jp',
    about: 'ISO-2022-JP escapes, whole or broken, declared or not',
    make(random, size) {
      const unit = random.pick([
        '\x1b$B%F%9%H\x1b(B ',
        '\x1b$B',
        '\x1b(B',
        '\x1b$',
        '\x1b',
        '\x1b$B%%%%',
      ]);
      const body = fill(size, unit);
      return new TextEncoder().encode(
        `From: MAILER-DAEMON@example.org\nSubject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\nContent-Type: text/plain; charset=${random.pick(['iso-2022-jp', 'utf-8', 'shift_jis', ''])}\n\n550 5.1.1 ${body}\n`,
      );
    },
  },
  {
    name: 'nul-bytes',
    about: 'NUL bytes sprinkled through a bounce, or long runs of them',
    make(random, size) {
      const runs = random.chance(0.5);
      const text = mutate(random, random.pick(SAMPLES), runs ? size / 2 : size);
      const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
      const out = new Uint8Array(bytes.length + (runs ? size / 2 : 0));
      out.set(bytes);
      for (let i = 0; i < bytes.length; i += 1 + random.int(200)) out[i] = 0;
      return out;
    },
  },
  {
    name: 'many-recipients',
    about:
      '10,000 recipients or more: report fields, prose lines, SMTP lines, a To: header, a list sharing one long explanation',
    make(random, size) {
      const address = (i: number) => `user${i}@receiver${i % 97}.example`;
      switch (random.int(5)) {
        case 0:
          return report({
            status: `Reporting-MTA: dns; mx.example.net\n\n${fill(size, (i) => `Final-Recipient: rfc822; ${address(i)}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n\n`)}`,
          });
        case 1:
          return `From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\n${fill(size, (i) => `<${address(i)}>: host mx.example[192.0.2.1] said: 550 5.1.1 user unknown\n\n`)}`;
        case 2:
          return fill(size, (i) => `550 5.1.1 <${address(i)}>: Recipient address rejected\n`);
        case 3: {
          // Listed one a line, the recipients share what follows: each held its own copy of it.
          // Up to the 1,000 the reader keeps: past them the list, and what follows, is dropped.
          const list = Array.from({ length: 100 + random.int(901) }, (_, i) => address(i)).join(
            '\n',
          );
          const line = random.pick(['x\n', '550 mailbox unavailable\n', 'word word word\n']);
          return `From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\nYour message was not delivered to:\n${list}\n${fill(size, line)}`;
        }
        default:
          return report({
            original: `To: ${fill(size, (i) => `${address(i)}, `)}\nFrom: a@b.example\n\nhi`,
          });
      }
    },
  },
  {
    name: 'long-to-line',
    about: 'a pasted notice whose one To: line names thousands of addresses',
    make: (_, size) =>
      `Delivery has failed to these recipients or groups:\nTo: ${fill(size, (i) => `user${i}@example.org; `)}\n\n550 5.1.1 user unknown\n`,
  },
  {
    name: 'backtracking',
    about: 'long runs made to trip regular expressions, in prose, headers, report fields',
    make(random, size) {
      const kind = random.int(5);
      // The report fields and the original's headers hold three or four copies of the bait.
      const bait = random.pick(BAIT)(random, kind >= 3 ? size / 4 : size);
      switch (kind) {
        case 0:
          return bait;
        case 1:
          return `550 5.1.1 ${bait}`;
        case 2:
          return report({ notice: bait });
        case 3:
          return report({
            status: `Reporting-MTA: dns; ${bait}\n\nFinal-Recipient: rfc822; ${bait}\nStatus: 5.1.1\nDiagnostic-Code: smtp; ${bait}\n`,
          });
        default:
          return report({
            original: `From: ${bait}\nReturn-Path: ${bait}\nReceived: from ${bait}\n\n${bait}`,
          });
      }
    },
  },
  {
    name: 'html',
    about: 'HTML notices: unclosed tags, runs of "<", huge attributes, scripts left open',
    make(random, size) {
      const unit = random.pick([
        '<p>550 5.1.1 &lt;bob@example.org&gt;</p>',
        '<div class="',
        '<',
        '<script>',
        '<br><br/><BR >',
        '&#99999999;&amp;&bogus;',
        `<td style="${'x'.repeat(3000)}">`,
        '<!-- -->',
      ]);
      const html = fill(size, unit);
      return `From: MAILER-DAEMON@example.org\nSubject: Undeliverable\nContent-Type: text/html\n\n${html}\n`;
    },
  },
  {
    name: 'mutated-msg',
    about: 'an Outlook .msg with a few of its sizes, counts or sector numbers changed',
    msg: true,
    make: (random) => mutatedMsg(random.int(0x7fffffff)),
  },
];
