import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from './input-limits.ts';
import { readBounceFile, type FileLike } from './read-bounce-file.ts';

const file = (name: string, content: Uint8Array | string, size?: number): FileLike => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: size ?? bytes.length,
    arrayBuffer: async () => bytes.slice().buffer,
  };
};

describe('readBounceFile', () => {
  it('reads a text file', async () => {
    expect(await readBounceFile(file('bounce.eml', 'Subject: x\r\n\r\n550 5.1.1'))).toEqual({
      ok: true,
      text: 'Subject: x\r\n\r\n550 5.1.1',
    });
  });

  it('refuses files over the limit before reading them', async () => {
    const big: FileLike = {
      name: 'huge.mbox',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not read')),
    };
    const result = await readBounceFile(big);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/huge\.mbox is 25\.0 MB, more than the 25\.0 MB/);
  });

  it('says so when a file is empty or blank', async () => {
    expect(await readBounceFile(file('e.txt', ''))).toMatchObject({ ok: false, message: /empty/ });
    expect(await readBounceFile(file('b.txt', ' \n '))).toMatchObject({
      ok: false,
      message: /blank/,
    });
  });

  it('refuses binary files in plain words', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(await readBounceFile(file('x.eml', png))).toMatchObject({
      ok: false,
      message: /x\.eml isn't text: it looks like a PNG image/,
    });
  });

  it('hands .msg files to the .msg reader and reports its failures', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]);
    expect(await readBounceFile(file('a.msg', ole), async () => 'converted')).toEqual({
      ok: true,
      text: 'converted',
      note: 'converted from Outlook .msg',
    });
    const failing = async () => {
      throw new Error('bad sector');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await readBounceFile(file('a.msg', ole), failing);
    expect(result).toMatchObject({ ok: false, message: /this file could not be read/ });
    // The reader's own words go to the console, not to the page.
    expect(result.ok ? '' : result.message).not.toContain('bad sector');
    expect(warn).toHaveBeenCalledWith('a.msg: bad sector');
    warn.mockRestore();
  });
});
