/**
 * One file of a batch, read as its bytes stream in: what it is is decided from its first
 * kilobytes (and its name where that is reliable), then the matching reader takes the rest.
 * Every recipient is classified by the public engine (parseBounce, classify) and handed on as
 * a triage row; what cannot be read is reported in plain words, and reading goes on.
 */
import { classify } from '../classify/classify.ts';
import { createCsvReader, type ColumnChoice } from '../feeds/csv.ts';
import { eventsIn, readEvent } from '../feeds/events.ts';
import { createLogReader, logFamilyOf, type LogFamily } from '../feeds/logs.ts';
import type { FeedRecipient } from '../feeds/types.ts';
import { looksLikeMessage, looksLikeOutlookMsg } from '../parse/detect.ts';
import { controlHeavyBytes } from '../parse/input.ts';
import { parseBounce } from '../parse/parse-bounce.ts';
import { prefillSender } from '../sender/prefill.ts';
import { serviceByFormat } from '../senders/registry.ts';
import { ByteBuffer } from './byte-buffer.ts';
import { BATCH_LIMITS, type BatchLimits } from './limits.ts';
import { createMboxSplitter, looksLikeMbox } from './mbox.ts';
import { toRow, type RowContext } from './rows.ts';
import { sniffText, type TextKind } from './sniff.ts';
import type { Classification } from '../classify/types.ts';
import type { BatchItem, BatchProblem, TriageRow } from './types.ts';
import { createZipReader } from './zip.ts';

export interface BatchReaderOptions {
  onItem(item: BatchItem): void;
  onProblem(problem: BatchProblem): void;
  /** Outlook .msg to message text; without it .msg files are reported as unreadable. */
  readMsg?(bytes: Uint8Array): Promise<string>;
  /** Columns a person picked, by file name, for CSVs the reader could not place. */
  columns?: Record<string, ColumnChoice>;
  limits?: Partial<BatchLimits>;
  /** Shared by the files of one batch, so that row ids are unique across them. */
  ids?: { next: number };
}

export interface BatchFileReader {
  push(chunk: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

const SNIFF_BYTES = 8192;
/** Distinct replies remembered per file before the memo starts again. */
const MEMO_SIZE = 10_000;

/** Where a file's bytes go once its kind is known. */
interface Sink {
  push(chunk: Uint8Array): Promise<void> | void;
  end(): Promise<void> | void;
}

const BINARY_MAGIC: [bytes: number[], looksLike: string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function encodingOf(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Why the head is not text, or undefined when it is. */
function binaryKind(head: Uint8Array): string | undefined {
  for (const [magic, looksLike] of BINARY_MAGIC) if (startsWith(head, magic)) return looksLike;
  if (encodingOf(head) !== 'utf-8') return undefined;
  // The engine's own test, so that a file the batch skips is one a single paste refuses too
  // (a stray NUL, as old gateways append, leaves a bounce text).
  return controlHeavyBytes(head) ? 'a binary file' : undefined;
}

/** An ASCII byte that is not white space: UTF-8 text with one is not blank. */
const notAsciiSpace = (b: number) => b < 0x80 && b !== 0x20 && !(b >= 0x09 && b <= 0x0d);

/** Whether the text is only white space (as trim() sees it), decoded only when the bytes can't tell. */
function blank(bytes: Uint8Array, encoding: Encoding, text: () => string): boolean {
  if (encoding === 'utf-8' && bytes.some(notAsciiSpace)) return false;
  return !text().trim();
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

export function createBatchReader(name: string, options: BatchReaderOptions): BatchFileReader {
  const limits: BatchLimits = { ...BATCH_LIMITS, ...options.limits };
  const ids = options.ids ?? { next: 0 };
  return fileReader(name, options, limits, ids, 0);
}

function fileReader(
  name: string,
  options: BatchReaderOptions,
  limits: BatchLimits,
  ids: { next: number },
  depth: number,
): BatchFileReader {
  let seen = 0;
  let found = 0;
  let problems = 0;
  let head: ByteBuffer | null = new ByteBuffer();
  let sink: Sink | null = null;

  const problem = (
    kind: BatchProblem['kind'],
    message: string,
    extra: Partial<BatchProblem> = {},
  ) => {
    problems++;
    options.onProblem({ file: name, kind, message, ...extra });
  };
  const item = (value: BatchItem) => {
    found += value.rows.length + (value.notBounce ? 1 : 0);
    options.onItem(value);
  };
  const skip: Sink = { push() {}, end() {} };

  /**
   * Feed rows repeat the same few server replies thousands of times: each distinct reply (with
   * the recipient's domain, which decides the provider) is classified once per file. The key is
   * every field the classifier reads except the address's local part, which it does not read
   * (only the summary sentence names the address, and rows do not keep it).
   */
  const memo = new Map<string, Classification>();
  const classified = (feed: FeedRecipient): Classification | undefined => {
    const r = feed.recipient;
    const at = r.address.lastIndexOf('@');
    const domain = at >= 0 ? r.address.slice(at + 1).toLowerCase() : r.address ? '@' : '';
    const key = `${feed.format}\u0000${domain}\u0000${r.diagnostic}\u0000${r.status}\u0000${r.replyCode}\u0000${r.action}\u0000${r.remoteMta}\u0000${r.reportingMta}\u0000${r.command}\u0000${r.hint}\u0000${r.hintText}`;
    let c = memo.get(key);
    if (!c) {
      c = classify({
        kind: 'text',
        isBounce: true,
        format: feed.format,
        recipients: [r],
        warnings: [],
      })[0];
      if (!c) return undefined;
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(key, c);
    }
    return c;
  };

  const rowsOf = (recipients: FeedRecipient[], where: string, text?: string): BatchItem => {
    const rows: TriageRow[] = [];
    for (const feed of recipients) {
      const c = classified(feed);
      if (!c) continue;
      const service = serviceByFormat(feed.format)?.id;
      const context: RowContext = {
        file: name,
        where,
        format: feed.format,
        sender: feed.sender,
        ...(service ? { service } : {}),
      };
      rows.push(toRow(c, ids.next++, context, feed.recipient.address));
    }
    return { rows, ...(text !== undefined ? { text } : {}) };
  };

  /** One message (an .eml, a message of an mbox or a zip, a converted .msg). */
  const message = (input: Uint8Array | string, where: string, file = name) => {
    const parsed = parseBounce(input);
    if (!parsed.isBounce) return item({ rows: [], notBounce: true });
    const results = classify(parsed);
    const prefill = prefillSender(parsed, results[0]);
    const sender: RowContext['sender'] = {};
    if (prefill.fromAddress) sender.fromAddress = prefill.fromAddress.value;
    if (prefill.envelopeDomain) sender.envelopeDomain = prefill.envelopeDomain.value;
    if (prefill.sendingIp) sender.sendingIp = prefill.sendingIp.value;
    const context: RowContext = {
      file,
      where,
      format: parsed.format,
      ...(Object.keys(sender).length > 0 ? { sender } : {}),
      ...(prefill.esp ? { service: prefill.esp.value } : {}),
    };
    item({ rows: results.map((c) => toRow(c, ids.next++, context)), text: input });
  };

  const wholeBytes = (
    onEnd: (bytes: Uint8Array) => Promise<void> | void,
    max: number,
    what: string,
  ) => {
    const buffer = new ByteBuffer();
    let over = false;
    return {
      push(chunk: Uint8Array) {
        if (over) return;
        if (buffer.length + chunk.length > max) {
          over = true;
          problem(
            'too-big',
            `${name} is larger than the ${mb(max)} Bounce Doctor reads as ${what}.`,
          );
          return;
        }
        buffer.append(chunk);
      },
      end: () => (over ? undefined : onEnd(buffer.view())),
    };
  };

  const textLines = (encoding: Encoding, onLine: (line: string, number: number) => void) => {
    const decoder = new TextDecoder(encoding);
    let carry = '';
    let number = 0;
    const take = (text: string, final: boolean) => {
      const lines = (carry + text).split('\n');
      carry = final ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        number++;
        const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
        if (clean.trim()) onLine(clean, number);
      }
    };
    return {
      push: (chunk: Uint8Array) => take(decoder.decode(chunk, { stream: true }), false),
      end: () => take(decoder.decode(), true),
    };
  };

  const jsonLines = (encoding: Encoding) => {
    let known = 0;
    let events = 0;
    const lines = textLines(encoding, (line, number) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return;
      }
      for (const event of eventsIn(value)) {
        events++;
        const recipients = readEvent(event);
        if (!recipients) continue;
        known++;
        if (recipients.length === 0) item({ rows: [], notBounce: true });
        else item(rowsOf(recipients, `line ${number}`, line));
      }
    });
    return {
      push: lines.push,
      end() {
        lines.end();
        if (events > 0 && known === 0) {
          problem(
            'nothing-found',
            `${name} holds JSON, but no events of a service Bounce Doctor reads (Amazon SES, SendGrid, Mailgun, SparkPost, Postmark, Brevo).`,
          );
        }
      },
    };
  };

  const jsonDocument = () =>
    wholeBytes(
      (bytes) => {
        let value: unknown;
        try {
          value = JSON.parse(new TextDecoder(encodingOf(bytes)).decode(bytes));
        } catch {
          problem('unreadable', `${name} looks like JSON but is not valid JSON.`);
          return;
        }
        const events = eventsIn(value);
        let known = 0;
        events.forEach((event, i) => {
          const recipients = readEvent(event);
          if (!recipients) return;
          known++;
          if (recipients.length === 0) item({ rows: [], notBounce: true });
          else item(rowsOf(recipients, `event ${i + 1}`, JSON.stringify(event, null, 2)));
        });
        if (known === 0) {
          problem(
            'nothing-found',
            `${name} holds JSON, but no events of a service Bounce Doctor reads (Amazon SES, SendGrid, Mailgun, SparkPost, Postmark, Brevo).`,
          );
        }
      },
      limits.jsonBytes,
      'one JSON document (JSON lines, one event per line, have no limit)',
    );

  const logLines = (encoding: Encoding, family: LogFamily) => {
    const log = createLogReader(family);
    return textLines(encoding, (line, number) => {
      const feed = log.line(line);
      if (feed) item(rowsOf([feed], `line ${number}`));
    });
  };

  const csv = (encoding: Encoding) => {
    const decoder = new TextDecoder(encoding);
    const reader = createCsvReader({
      choice: options.columns?.[name],
      onLayout(layout) {
        if (layout.ok) return;
        if (layout.problem === 'no-address') {
          problem(
            'no-address',
            `${name} has no column of email addresses, so there is no recipient to read.`,
            {
              headers: layout.headers,
              sample: layout.sample,
            },
          );
        } else {
          problem('columns', `Which columns of ${name} hold the address and the reason?`, {
            headers: layout.headers,
            sample: layout.sample,
          });
        }
      },
      onRow(feed, row) {
        if (feed) item(rowsOf([feed], `row ${row}`));
      },
    });
    return {
      push: (chunk: Uint8Array) => reader.push(decoder.decode(chunk, { stream: true })),
      end: () => {
        reader.push(decoder.decode());
        reader.end();
      },
    };
  };

  const mbox = () => {
    let number = 0;
    return createMboxSplitter((bytes) => message(bytes, `message ${++number}`));
  };

  const zip = () => {
    const queue: { name: string; bytes: Uint8Array }[] = [];
    const reader = createZipReader(
      { entries: limits.zipEntries, entryBytes: limits.zipEntryBytes, totalBytes: limits.zipBytes },
      (event) => {
        if (event.kind === 'entry') queue.push(event);
        else if (event.kind === 'skipped')
          problem('unreadable', `${name}/${event.name} was not read: ${event.why}.`);
        else if (event.kind === 'bomb') {
          problem(
            'zip-bomb',
            `${name} was not read to the end: ${event.why}, which is more than Bounce Doctor unpacks. Unpack it yourself and open its files instead.`,
          );
        } else problem('unreadable', `${name} is not a zip Bounce Doctor can open (${event.why}).`);
      },
    );
    const drain = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        // The zip's own count includes what its files gave, so that it is not "nothing found".
        const counted: BatchReaderOptions = {
          ...options,
          onItem: item,
          onProblem(p) {
            problems++;
            options.onProblem(p);
          },
        };
        const inner = fileReader(`${name}/${entry.name}`, counted, limits, ids, depth + 1);
        await inner.push(entry.bytes);
        await inner.end();
      }
    };
    return {
      async push(chunk: Uint8Array) {
        reader.push(chunk);
        await drain();
      },
      async end() {
        reader.end();
        await drain();
      },
    };
  };

  const outlookMsg = () =>
    wholeBytes(
      async (bytes) => {
        if (!options.readMsg) {
          problem('unreadable', `${name} is an Outlook .msg file, which this reader cannot open.`);
          return;
        }
        try {
          message(await options.readMsg(bytes), '');
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          problem(
            'unreadable',
            `${name} looks like an Outlook .msg file but could not be read (${why}).`,
          );
        }
      },
      limits.messageBytes,
      'one message',
    );

  const single = (what: string) =>
    wholeBytes((bytes) => message(bytes, ''), limits.messageBytes, what);

  const choose = (bytes: Uint8Array, final: boolean): Sink => {
    if (bytes.length === 0) {
      problem('empty', `${name} is empty: there is nothing to read.`);
      return skip;
    }
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP)) {
      if (depth > 0) {
        problem(
          'unreadable',
          `${name} is a zip inside a zip, which is not opened: unpack the outer one first.`,
        );
        return skip;
      }
      return zip();
    }
    if (looksLikeOutlookMsg(bytes)) return outlookMsg();
    const binary = binaryKind(bytes);
    if (binary) {
      problem(
        'binary',
        `${name} isn't text: it looks like ${binary}. Choose bounce messages (.eml, .msg, mbox), a .zip of them, a CSV or JSON export, or a mail-server log.`,
      );
      return skip;
    }
    const encoding = encodingOf(bytes);
    // Decoded only when the kind needs the text: a message's parser decodes it anyway.
    let decoded: string | undefined;
    const text = () => (decoded ??= new TextDecoder(encoding).decode(bytes));
    if (final && blank(bytes, encoding, text)) {
      problem('empty', `${name} holds only blank space: there is nothing to read.`);
      return skip;
    }
    const kind: TextKind = looksLikeMbox(bytes)
      ? { kind: 'mbox' }
      : sniffText(name, text, { looksLikeMessage, logFamilyOf });
    switch (kind.kind) {
      case 'mbox':
        return mbox();
      case 'message':
        return single('one message');
      case 'json-lines':
        return jsonLines(encoding);
      case 'json':
        return jsonDocument();
      case 'log':
        return logLines(encoding, kind.family);
      case 'csv':
        return csv(encoding);
      case 'text':
        return single('one bounce');
    }
  };

  const begin = (final: boolean) => {
    const bytes = head!.view();
    head = null;
    sink = choose(bytes, final);
    return sink.push(bytes);
  };

  return {
    async push(chunk) {
      seen += chunk.length;
      if (seen > limits.fileBytes) {
        if (sink !== skip) {
          problem(
            'too-big',
            `${name} is larger than the ${mb(limits.fileBytes)} Bounce Doctor reads from one file: split it, or export a shorter period.`,
          );
        }
        sink = skip;
        head = null;
        return;
      }
      if (head) {
        head.append(chunk);
        if (head.length < SNIFF_BYTES) return;
        await begin(false);
        return;
      }
      await sink?.push(chunk);
    },
    async end() {
      if (head) await begin(true);
      await sink?.end();
      if (found === 0 && problems === 0) {
        problem(
          'nothing-found',
          `${name} holds no bounce, failure event or failed delivery that Bounce Doctor could read.`,
        );
      }
    },
  };
}
