import type MsgReaderClass from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { checkCompoundFile } from './cfb-check.ts';
import { fieldsOf, msgToText, sourceOf } from './msg-to-text.ts';

/** A .msg that cannot be read; its message says why, for a log (the page says less). */
export class UnreadableMsgError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'UnreadableMsgError';
  }
}

/**
 * Reads an Outlook .msg. @kenjiuno/msgreader is imported only here, and this module is itself
 * imported dynamically, so nobody downloads it until they choose a .msg. The file's structure is
 * checked first (cfb-check.ts): the reader follows whatever chains the file holds. In the page
 * this runs in a worker with a time budget (read-msg-in-worker.ts), in the CLI in a child
 * process with a memory budget as well (scripts/cli/msg-child.ts).
 */
export async function readMsg(bytes: Uint8Array): Promise<string> {
  const problem = checkCompoundFile(bytes);
  if (problem) throw new UnreadableMsgError(problem);
  const MsgReader = await loadMsgReader();
  let text: string;
  try {
    const reader = new MsgReader(bytes.slice().buffer);
    const data: unknown = reader.getFileData();
    const error = (data as { error?: unknown } | null)?.error;
    if (error) throw new UnreadableMsgError(String(error));
    text = msgToText(fieldsOf(data), (attachment) => {
      const content = reader.getAttachment(sourceOf(attachment) as FieldsData).content;
      return content instanceof Uint8Array ? content : null;
    });
  } catch (error) {
    if (error instanceof UnreadableMsgError) throw error;
    throw new UnreadableMsgError(error instanceof Error ? error.message : String(error));
  }
  return text;
}

async function loadMsgReader(): Promise<typeof MsgReaderClass> {
  try {
    const module = await import('@kenjiuno/msgreader');
    // A CommonJS package: bundlers hand over the class as `default`, Node's ESM loader as
    // `default.default`.
    const outer = module.default as typeof MsgReaderClass & { default?: typeof MsgReaderClass };
    return outer.default ?? outer;
  } catch {
    throw new Error('the .msg reader could not be loaded');
  }
}
