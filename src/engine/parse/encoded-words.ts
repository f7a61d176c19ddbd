/**
 * RFC 2047 encoded words in header values ("=?utf-8?B?...?=", "=?ISO-2022-JP?Q?...?="), decoded
 * in one pass. Adjacent words of the same charset and encoding are decoded together, because
 * senders split a multi-byte character across two words; whitespace between two encoded words
 * is folding, not content (RFC 2047 s6.2). A value costs at most MAX_DECODED_CHARS of work:
 * what follows is kept as written (a header that long is never a real one).
 *
 * Written here rather than taken from postal-mime's decodeWords, which re-tests the growing
 * joined text for each word it adds and so takes seconds on a header of 40,000 words
 * (docs/decisions/002-mime-adapter.md).
 */
import { decodeBytes } from './input.ts';
import { decodeBase64 } from './transfer-encoding.ts';

/** The part of a header value that is decoded; the rest is kept as written. */
export const MAX_DECODED_CHARS = 64 * 1024;

/**
 * RFC 2047 s2; a charset may carry an RFC 2231 s5 language ("utf-8*en"). Encoded text may not
 * hold spaces, but folded copies of broken words do: they are let through and dropped below.
 * Every part stops at the next "?", so a failed match costs no more than the text it looked at.
 */
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;
const FOLDING = /^[ \t\r\n]+$/;

interface Run {
  charset: string;
  encoding: 'B' | 'Q';
  /** The encoded texts of the adjacent words in this run. */
  pieces: string[];
}

/** RFC 2047 s4.2: "_" is a space, "=XX" a byte; the result is a binary string. */
function decodeQ(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '_') out += ' ';
    else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += ch;
  }
  return out;
}

function decodeText(charset: string, encoding: 'B' | 'Q', text: string): string {
  const binary = encoding === 'B' ? decodeBase64(text) : decodeQ(text.replace(/\s+/g, ''));
  return decodeBytes(binary, charset);
}

/** A run decoded as one text, or word by word when joining its bytes garbles them. */
function decodeRun(run: Run): string {
  if (run.pieces.length === 1) return decodeText(run.charset, run.encoding, run.pieces[0]!);
  const joined = decodeText(run.charset, run.encoding, run.pieces.join(''));
  if (!joined.includes('\ufffd')) return joined;
  return run.pieces.map((piece) => decodeText(run.charset, run.encoding, piece)).join('');
}

/**
 * Base64 words join only when the left one ends on a whole group without padding; otherwise
 * the bytes of the next would shift. Only the last piece matters: the others already passed.
 */
function joins(run: Run, charset: string, encoding: 'B' | 'Q'): boolean {
  if (run.charset !== charset || run.encoding !== encoding) return false;
  if (encoding === 'Q') return true;
  const last = run.pieces[run.pieces.length - 1]!;
  return last.length % 4 === 0 && !last.endsWith('=');
}

export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  const head = value.length > MAX_DECODED_CHARS ? value.slice(0, MAX_DECODED_CHARS) : value;
  const tail = head === value ? '' : value.slice(MAX_DECODED_CHARS);
  const out: string[] = [];
  let run: Run | undefined;
  let position = 0;
  const flush = () => {
    if (run) out.push(decodeRun(run));
    run = undefined;
  };
  ENCODED_WORD.lastIndex = 0;
  for (let match = ENCODED_WORD.exec(head); match; match = ENCODED_WORD.exec(head)) {
    const text = head.slice(position, match.index);
    const charset = match[1]!.split('*')[0]!.toLowerCase();
    const encoding = match[2]!.toUpperCase() as 'B' | 'Q';
    position = match.index + match[0].length;
    if (run && (text === '' || FOLDING.test(text))) {
      if (joins(run, charset, encoding)) {
        run.pieces.push(match[3]!);
        continue;
      }
      flush();
    } else {
      flush();
      out.push(text);
    }
    run = { charset, encoding, pieces: [match[3]!] };
  }
  flush();
  out.push(head.slice(position), tail);
  return out.join('');
}
