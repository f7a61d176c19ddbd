/**
 * An mbox cut into its messages as its bytes stream in. A message starts at a "From " line
 * (RFC 4155: "From ", the envelope sender, a space, a date) at the start of the file or after a
 * newline; the From line itself is not part of the message. Bytes, not text, so that each
 * message keeps its own charset for the parser.
 */
import { ByteBuffer } from './byte-buffer.ts';

const F = 0x46;
const NL = 0x0a;
/** A line ends at LF, CRLF, or a lone CR (classic Mac OS files, which the engine reads too). */
const CR = 0x0d;
const endsLine = (byte: number | undefined) => byte === NL || byte === CR;
const SPACE = 0x20;
const COLON = 0x3a;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/**
 * True when a From line starts at `at`: "From ", the sender, a space, and a date with its time
 * ("Mon Mar  3 10:00:00 2025"); a body line that merely starts with "From " has no time in it.
 * Undefined when the line is not complete yet.
 */
function fromLineAt(bytes: Uint8Array, at: number): boolean | undefined {
  for (let i = 0; i < FROM.length; i++) {
    if (at + i >= bytes.length) return undefined;
    if (bytes[at + i] !== FROM[i]) return false;
  }
  let i = at + FROM.length;
  if (i >= bytes.length) return undefined;
  if (bytes[i] === SPACE || endsLine(bytes[i])) return false;
  let sender = true;
  for (; i < bytes.length && i < at + 1024; i++) {
    const byte = bytes[i]!;
    if (endsLine(byte)) return false;
    if (byte === SPACE) sender = false;
    // hh:mm after the sender
    else if (!sender && byte === COLON && isDigit(bytes[i - 1]) && isDigit(bytes[i + 1]))
      return true;
  }
  return i < bytes.length ? false : undefined;
}

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

function withoutFromLine(message: Uint8Array): Uint8Array {
  let end = 0;
  while (end < message.length && !endsLine(message[end])) end++;
  if (end === message.length) return new Uint8Array(0);
  return message.subarray(message[end] === CR && message[end + 1] === NL ? end + 2 : end + 1);
}

export function looksLikeMbox(head: Uint8Array): boolean {
  return fromLineAt(head, 0) === true;
}

/** Push chunks; each complete message is handed over (a copy) as soon as the next one starts. */
export function createMboxSplitter(onMessage: (message: Uint8Array) => void) {
  const buffer = new ByteBuffer();
  let scanned = 0;
  const emit = (bytes: Uint8Array) => {
    const body = withoutFromLine(bytes);
    if (body.some((byte) => byte > SPACE)) onMessage(body.slice());
  };
  return {
    push(chunk: Uint8Array) {
      buffer.append(chunk);
      const bytes = buffer.view();
      let start = 0;
      for (let i = Math.max(scanned, 1); i < bytes.length; i++) {
        if (bytes[i] !== F || !endsLine(bytes[i - 1])) continue;
        const found = fromLineAt(bytes, i);
        if (found === undefined) break;
        if (found && i > start) {
          emit(bytes.subarray(start, i));
          start = i;
        }
      }
      scanned = bytes.length;
      if (start > 0) {
        buffer.drop(start);
        scanned -= start;
      }
      // Back off a little: a From line cut by the chunk boundary is looked at again.
      scanned = Math.max(0, scanned - 1100);
    },
    end() {
      const bytes = buffer.view();
      if (bytes.length > 0) emit(bytes);
      buffer.drop(bytes.length);
    },
  };
}
