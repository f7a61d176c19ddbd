import type MsgReaderClass from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { msgToText } from './msg-to-text.ts';

/**
 * Reads an Outlook .msg in the browser. @kenjiuno/msgreader is imported only here, and this
 * module is itself imported dynamically, so nobody downloads it until they choose a .msg.
 */
export async function readMsg(bytes: Uint8Array): Promise<string> {
  const MsgReader = await loadMsgReader();
  const reader = new MsgReader(bytes.slice().buffer);
  const fields = reader.getFileData();
  if (fields.error) throw new Error(fields.error);
  return msgToText(fields, (attachment) => reader.getAttachment(attachment as FieldsData).content);
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
