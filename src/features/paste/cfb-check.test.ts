import { describe, expect, it } from 'vitest';
import { checkCompoundFile } from './cfb-check.ts';
import { readMsg, UnreadableMsgError } from './msg-reader.ts';
import { baseMsg, mutatedMsg } from './test-support/mutated-msg.ts';

/**
 * Mutated files that made @kenjiuno/msgreader 1.28 run out of memory (a 128 MB heap, "died") or
 * run for more than 8 s ("timeout") before this check: seeds of mutatedMsg, found by running it
 * over seeds 0-2999 (31 such files; 0 of the 2,969 others is refused). Kept as seeds, not as
 * binaries: the same seed makes the same file.
 */
const HOSTILE: [seed: number, what: string, why: string][] = [
  [17, 'died', 'the directory entries form a loop'],
  [382, 'timeout', 'the directory entries form a loop'],
  [32, 'died', 'the chain of a small stream loops'],
  [78, 'timeout', 'the chain of a small stream loops'],
  [76, 'died', 'the chain of the mini stream loops'],
  [663, 'timeout', 'the DIFAT chain loops'],
];

describe('checkCompoundFile', () => {
  it('lets a valid .msg through', () => {
    expect(checkCompoundFile(baseMsg())).toBeUndefined();
  });

  it.each(HOSTILE)('refuses seed %i (the reader %s): %s', (seed, _what, why) => {
    expect(checkCompoundFile(mutatedMsg(seed))).toBe(why);
  });

  it('leaves files that are not compound files, or cut short, to the reader', () => {
    expect(checkCompoundFile(new TextEncoder().encode('From: a@b.example'))).toBeUndefined();
    expect(checkCompoundFile(baseMsg().subarray(0, 700))).toBeUndefined();
  });

  it('refuses a stream that claims gigabytes', () => {
    const bytes = baseMsg().slice();
    const view = new DataView(bytes.buffer);
    const directory = (view.getInt32(0x30, true) + 1) * 512;
    // The first stream entry after the root (entry 1): its size field.
    view.setInt32(directory + 128 + 0x78, 0x7fffffff, true);
    expect(checkCompoundFile(bytes)).toMatch(/^the streams claim \d+ bytes in a file of \d+$/);
  });
});

describe('readMsg on hostile files', () => {
  it.each(HOSTILE)('says seed %i cannot be read, at once', async (seed) => {
    await expect(readMsg(mutatedMsg(seed))).rejects.toBeInstanceOf(UnreadableMsgError);
  });

  it('reads the valid file', async () => {
    await expect(readMsg(baseMsg())).resolves.toContain(
      'Final-Recipient: rfc822; carol@example.org',
    );
  });
});
