/**
 * Outlook .msg files made hostile on purpose: a small, valid bounce .msg (built with msgreader's
 * own writer, see e2e/fixtures/outlook-msg.ts) with a few bytes changed where a compound file
 * keeps its sizes, counts and sector chains ([MS-CFB] s2.2 header, s2.3 FAT, s2.6 directory).
 * The same seed always makes the same file, so the files that broke the reader are kept as
 * seeds, not as binaries (see msg-guard.test.ts and npm run fuzz).
 */
import { buildTestMsg } from '../../../../e2e/fixtures/outlook-msg.ts';
import { seeded, type Random } from '../../../engine/test-support/random.ts';

const REPORT = [
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; carol@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
  '',
].join('\r\n');

let base: Uint8Array | undefined;

/** The valid file every mutation starts from (about 10 KB, like the issue's). */
export function baseMsg(): Uint8Array {
  base ??= buildTestMsg({
    headers:
      'From: postmaster@example.net\r\nTo: sender@example.com\r\nSubject: Undeliverable: hello\r\n',
    body: 'Delivery has failed to these recipients or groups.\r\n\r\ncarol@example.org\r\n'.repeat(
      20,
    ),
    attachments: [
      { fileName: 'details.txt', mimeTag: 'message/delivery-status', content: REPORT },
      {
        fileName: 'original.eml',
        mimeTag: 'message/rfc822',
        content:
          'From: sender@example.com\r\nTo: carol@example.org\r\nSubject: hello\r\n\r\nhi\r\n',
      },
    ],
  });
  return base;
}

/** Values that sizes, counts and sector numbers trip over: free, end of chain, loops, huge. */
const INTERESTING = [0, 1, 2, 3, -1, -2, -3, 0x7fffffff, 0x1000, 0x0fff, 0x10000, 64, 128];

/** Where the numbers are: the header's counts and starts, then anywhere in the file. */
function offsetFor(random: Random, length: number): number {
  const header = [0x1e, 0x2c, 0x30, 0x3c, 0x40, 0x44, 0x48, 0x4c, 0x50];
  if (random.chance(0.3)) return random.pick(header);
  // A directory entry's fields (s2.6.1): left, right, child, start sector, size.
  if (random.chance(0.4)) {
    const entry = 512 * (1 + random.int(Math.max(1, length / 512 - 1)));
    return entry + random.int(4) * 128 + random.pick([0x42, 0x44, 0x48, 0x4c, 0x74, 0x78]);
  }
  return random.int(length - 4) & ~3;
}

/** The file of `seed`: the base with one to six numbers or bytes replaced. */
export function mutatedMsg(seed: number): Uint8Array {
  const random = seeded(seed);
  const bytes = baseMsg().slice();
  const view = new DataView(bytes.buffer);
  const edits = 1 + random.int(6);
  for (let i = 0; i < edits; i++) {
    const at = Math.min(offsetFor(random, bytes.length), bytes.length - 4);
    const kind = random.int(3);
    if (kind === 0) view.setInt32(at, random.pick(INTERESTING), true);
    else if (kind === 1) view.setInt32(at, view.getInt32(at, true) + random.int(9) - 4, true);
    else bytes[at + random.int(4)] = random.int(256);
  }
  return bytes;
}
