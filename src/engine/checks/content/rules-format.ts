/**
 * Format rules a receiving server applies before it reads a word: line endings and length
 * (RFC 5321/5322), 8-bit data without a transfer encoding (RFC 6152), required and unique
 * headers (RFC 5322 s3.6). Facts and sources: facts.ts and content-facts.md.
 */
import type { ContentItem } from './item.ts';
import { MAX_LINE, SINGLE_HEADERS } from './facts.ts';
import { leaves, type MimePart } from './mime.ts';

const RFC5322 = { label: 'RFC 5322', url: 'https://www.rfc-editor.org/rfc/rfc5322' };
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Line endings and lengths counted in one pass, without an array of matches or of lines (a
 * message of a million short lines made those most of the check's time, issue 13).
 */
function lineCounts(raw: string): { crlf: number; bareLf: number; long: number } {
  const counts = { crlf: 0, bareLf: 0, long: 0 };
  let start = 0;
  for (let lf = raw.indexOf('\n'); ; lf = raw.indexOf('\n', start)) {
    const end = lf < 0 ? raw.length : lf;
    const cr = lf > 0 && raw.charCodeAt(lf - 1) === 13;
    if (end - start - (cr ? 1 : 0) > MAX_LINE) counts.long++;
    if (lf < 0) return counts;
    if (cr) counts.crlf++;
    else counts.bareLf++;
    start = lf + 1;
  }
}

export function lineItems(raw: string, notJudged: string[]): ContentItem[] {
  const items: ContentItem[] = [];
  const { crlf, bareLf, long } = lineCounts(raw);
  if (crlf > 0 && bareLf > 0) {
    items.push({
      id: 'bare-lf',
      verdict: 'fail',
      text: `${bareLf} line(s) end in a bare LF among CRLF lines. Since the 2023 SMTP smuggling fixes many servers reject this (Postfix "bare <LF> received", Exchange 5.6.11).`,
      fixes: [
        {
          text: 'Build messages with CRLF line endings; most mail libraries do when you let them.',
          links: [
            {
              label: 'Postfix: SMTP smuggling',
              url: 'https://www.postfix.org/smtp-smuggling.html',
            },
          ],
        },
      ],
    });
  } else if (crlf > 0) {
    items.push({ id: 'bare-lf', verdict: 'pass', text: 'Every line ends in CRLF.' });
  } else {
    notJudged.push(
      'Line endings: pasted text loses them; choose the .eml file instead to check them.',
    );
  }
  items.push(
    long > 0
      ? {
          id: 'long-lines',
          verdict: 'fail',
          text: `${long} line(s) are longer than ${MAX_LINE} characters, the limit of RFC 5322 s2.1.1.`,
          fixes: [
            {
              text: 'Send long lines (often HTML without line breaks) with quoted-printable or base64 transfer encoding.',
              links: [RFC5322],
            },
          ],
        }
      : {
          id: 'long-lines',
          verdict: 'pass',
          text: `No line is longer than ${MAX_LINE} characters.`,
        },
  );
  return items;
}

export function encodingItems(root: MimePart): ContentItem[] {
  const items: ContentItem[] = [];
  const rawHeaders = root.headers.filter((h) => NON_ASCII.test(h.name) || NON_ASCII.test(h.value));
  if (rawHeaders.length > 0) {
    items.push({
      id: 'header-8bit',
      verdict: 'warn',
      text: `Header(s) ${rawHeaders.map((h) => h.name).join(', ')} hold non-ASCII text without RFC 2047 encoding; that needs SMTPUTF8 at every hop (RFC 6532), or Gmail and Yahoo refuse it.`,
      fixes: [
        {
          text: 'Encode non-ASCII header text as RFC 2047 encoded-words, or let your mail library build the headers.',
        },
      ],
    });
  }
  const unencoded = leaves(root).filter(
    (part) =>
      NON_ASCII.test(part.body) &&
      !['quoted-printable', 'base64', 'binary'].includes(part.transferEncoding),
  );
  const sevenBit = unencoded.filter((part) => part.transferEncoding !== '8bit');
  if (sevenBit.length > 0) {
    items.push({
      id: 'body-8bit',
      verdict: 'fail',
      text: `8-bit or UTF-8 text is sent without a transfer encoding (declared ${sevenBit[0]?.transferEncoding ?? '7bit'}); servers without 8BITMIME refuse or garble it (RFC 6152).`,
      fixes: [
        {
          text: 'Send non-ASCII text as quoted-printable or base64 (Content-Transfer-Encoding).',
          links: [{ label: 'RFC 6152', url: 'https://www.rfc-editor.org/rfc/rfc6152' }],
        },
      ],
    });
  } else if (unencoded.length > 0) {
    items.push({
      id: 'body-8bit',
      verdict: 'warn',
      text: 'The body is sent as 8bit: fine only where every server on the way offers 8BITMIME (RFC 6152).',
    });
  } else {
    items.push({
      id: 'body-8bit',
      verdict: 'pass',
      text: 'Non-ASCII text, if any, is transfer-encoded.',
    });
  }
  return items;
}

export function headerItems(root: MimePart): ContentItem[] {
  const items: ContentItem[] = [];
  const names = root.headers.map((h) => h.name.toLowerCase());
  const missing = [
    ['date', 'Date'],
    ['from', 'From'],
    ['message-id', 'Message-ID'],
  ]
    .filter(([name]) => !names.includes(name ?? ''))
    .map(([, label]) => label);
  items.push(
    missing.length > 0
      ? {
          id: 'required-headers',
          verdict: 'fail',
          text: `Missing ${missing.join(', ')}: RFC 5322 s3.6 requires Date and From, and Gmail rejects mail without a Message-ID.`,
          fixes: [
            {
              text: 'Have the sending software add Date, From and a unique Message-ID to every message.',
              links: [RFC5322],
            },
          ],
        }
      : { id: 'required-headers', verdict: 'pass', text: 'Date, From and Message-ID are present.' },
  );
  const duplicates = SINGLE_HEADERS.filter((name) => names.filter((n) => n === name).length > 1);
  items.push(
    duplicates.length > 0
      ? {
          id: 'duplicate-headers',
          verdict: 'fail',
          text: `Header(s) appear more than once: ${duplicates.join(', ')}. RFC 5322 allows them once; Gmail and Yahoo reject duplicates.`,
          fixes: [
            {
              text: 'Remove the duplicate headers (often one added by a template and one by the sending library).',
              links: [RFC5322],
            },
          ],
        }
      : {
          id: 'duplicate-headers',
          verdict: 'pass',
          text: 'No header that must be unique is repeated.',
        },
  );
  return items;
}
