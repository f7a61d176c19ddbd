import { decodeText } from './decode-text.ts';
import { SNIFF_BYTES, detectFileKind } from './file-kind.ts';
import { MAX_FILE_BYTES, formatBytes } from './input-limits.ts';

export type FileReadResult =
  { ok: true; text: string; note?: string } | { ok: false; message: string };

/** The part of File used here; tests pass plain objects. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const readMsgLazily = async (bytes: Uint8Array) =>
  (await import('./read-msg-in-worker.ts')).readMsgInWorker(bytes);

/** A chosen or dropped file, as text for diagnose(), or a message saying why not. */
export async function readBounceFile(
  file: FileLike,
  readMsg: (bytes: Uint8Array) => Promise<string> = readMsgLazily,
): Promise<FileReadResult> {
  const name = file.name || 'The file';
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_FILE_BYTES)} this page reads. A bounce is rarely that big: open the file and paste just the bounce part.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `${name} is empty: there is nothing to read.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = detectFileKind(name, bytes.subarray(0, SNIFF_BYTES));
  if (kind.kind === 'binary') {
    return {
      ok: false,
      message: `${name} isn't text: it looks like ${kind.looksLike}. Choose the bounce as an .eml, .mbox, .txt or Outlook .msg file, or paste its text.`,
    };
  }
  if (kind.kind === 'msg') {
    try {
      return { ok: true, text: await readMsg(bytes), note: 'converted from Outlook .msg' };
    } catch (error) {
      // The reader's own words ("Offset is outside the bounds of the DataView") mean nothing to
      // the reader of the page: they go to the console, for whoever looks into it.
      console.warn(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return {
        ok: false,
        message: `${name} looks like an Outlook .msg file, but this file could not be read: it may be damaged. Open it in Outlook and copy the bounce's text, or save it as a text file.`,
      };
    }
  }
  const text = decodeText(bytes, kind.encoding);
  if (!text.trim())
    return { ok: false, message: `${name} holds only blank space: there is nothing to read.` };
  return { ok: true, text };
}
