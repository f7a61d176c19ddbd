import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  EML_FOLDER,
  MBOX,
  NO_ADDRESS_CSV,
  POSTFIX_LOG,
  SENDGRID_CSV,
} from '../test-support/batch-fixtures.ts';
import type { BatchLimits } from './limits.ts';
import { triageStream } from './triage-stream.ts';
import type { BatchProblem, TriageRow } from './types.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function read(
  name: string,
  bytes: Uint8Array,
  extra: { limits?: Partial<BatchLimits>; readMsg?: (b: Uint8Array) => Promise<string> } = {},
) {
  const rows: TriageRow[] = [];
  const texts: unknown[] = [];
  const problems: BatchProblem[] = [];
  await triageStream(name, [bytes], {
    ...extra,
    onRow: (row) => rows.push(row),
    onItem: (item) => item.text !== undefined && texts.push(item.text),
    onProblem: (p) => problems.push(p),
  });
  return { rows, texts, problems };
}

describe('reading one file of a batch', () => {
  it('reads a zip of .eml files, each named inside the zip', async () => {
    const zip = zipSync(
      Object.fromEntries(EML_FOLDER.map((f) => [`bounces/${f.name}`, encode(f.text)])),
    );
    const { rows, texts, problems } = await read('march.zip', zip);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.file)).toEqual(EML_FOLDER.map((f) => `march.zip/bounces/${f.name}`));
    expect(texts).toHaveLength(5);
    expect(rows.map((r) => r.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops a zip bomb by what it unpacks, not by what it declares', async () => {
    const zeros = new Uint8Array(4 * 2 ** 20);
    const zip = zipSync({ 'a.txt': zeros, 'b.txt': zeros });
    expect(zip.length).toBeLessThan(64 * 1024);
    const { problems } = await read('bomb.zip', zip, {
      limits: { zipBytes: 6 * 2 ** 20, zipEntryBytes: 5 * 2 ** 20 },
    });
    // The first file unpacks (and is no text); the second passes the limit.
    expect(problems.map((p) => p.kind).sort()).toEqual(['binary', 'zip-bomb']);
    // A declared size over the limit is not even started.
    const declared = await read('big.zip', zip, { limits: { zipEntryBytes: 2 ** 20 } });
    expect(declared.problems[0]!.message).toMatch(/too large/);
    // A header that lies about the size is caught by counting.
    const lying = zip.slice();
    const view = new DataView(lying.buffer);
    view.setUint32(22, 10, true);
    const caught = await read('lying.zip', lying, {
      limits: { zipBytes: 2 ** 20, zipEntryBytes: 2 ** 20 },
    });
    expect(caught.problems.map((p) => p.kind)).toContain('zip-bomb');
  });

  it('does not open a zip inside a zip', async () => {
    const inner = zipSync({ 'a.eml': encode(EML_FOLDER[0]!.text) });
    const { problems } = await read('outer.zip', zipSync({ 'inner.zip': inner }));
    expect(problems[0]).toMatchObject({ kind: 'unreadable', file: 'outer.zip/inner.zip' });
  });

  it('says what a broken zip, binary junk, an empty file and a .msg without reader are', async () => {
    const noise = Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24);
    const broken = zipSync({ 'a.eml': noise }).slice(0, 100);
    const junk = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256);
    const msg = new Uint8Array(9000);
    msg.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const kinds = await Promise.all([
      read('broken.zip', broken),
      read('junk.bin', junk),
      read('empty.csv', new Uint8Array(0)),
      read('note.msg', msg),
      read('photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])),
    ]);
    expect(kinds.map((k) => k.problems.map((p) => p.kind))).toEqual([
      ['unreadable'],
      ['binary'],
      ['empty'],
      ['unreadable'],
      ['binary'],
    ]);
    expect(kinds[4]!.problems[0]!.message).toMatch(/PNG image/);
  });

  it('reads a bounce with a stray NUL, as a single paste of it does', async () => {
    const text = `${EML_FOLDER[0]!.text}\0\0`;
    const { rows, problems } = await read('gateway.eml', encode(text));
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reads an mbox whose lines end in a lone CR (classic Mac OS)', async () => {
    const mbox = EML_FOLDER.slice(0, 2)
      .map((m) => `From MAILER-DAEMON Thu Jul  2 12:05:05 2020\n${m.text}\n`)
      .join('')
      .replace(/\r?\n/g, '\r');
    const { rows, problems } = await read('old-mac.mbox', encode(mbox));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
  });

  it('reads an Outlook .msg through the reader it is given', async () => {
    const msg = new Uint8Array(9000);
    msg.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const { rows } = await read('note.msg', msg, { readMsg: async () => EML_FOLDER[4]!.text });
    expect(rows.map((r) => r.reason)).toEqual(['blocked']);
  });

  it('refuses a file over the limit, once, and reads nothing of it', async () => {
    const big = encode(SENDGRID_CSV);
    const { rows, problems } = await read('big.csv', big, { limits: { fileBytes: 100 } });
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['too-big']);
  });

  it('reads mboxes, logs and CSVs by their content, not their name', async () => {
    expect((await read('export', encode(MBOX))).rows).toHaveLength(5);
    expect((await read('export.txt', encode(POSTFIX_LOG))).rows.map((r) => r.format)).toEqual([
      'postfix-log',
      'postfix-log',
      'postfix-log',
    ]);
    expect((await read('export.txt', encode(SENDGRID_CSV))).rows[0]!.format).toBe('sendgrid-csv');
  });

  it('reads UTF-16 (a spreadsheet’s "Unicode text")', async () => {
    const text = '\ufeff' + SENDGRID_CSV.replace(/,/g, '\t');
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const { rows } = await read('bounces.txt', bytes);
    expect(rows.map((r) => r.recipient)).toHaveLength(4);
  });

  it('reports a CSV without addresses', async () => {
    const { problems } = await read('people.csv', encode(NO_ADDRESS_CSV));
    expect(problems.map((p) => p.kind)).toEqual(['no-address']);
  });

  it('reads one plain bounce text as one bounce', async () => {
    const { rows } = await read(
      'paste.txt',
      encode('550 5.1.1 <ann.lee@gmail.com>: Recipient address rejected: User unknown'),
    );
    expect(rows.map((r) => [r.recipient, r.reason])).toEqual([
      ['ann.lee@gmail.com', 'userunknown'],
    ]);
  });
});
