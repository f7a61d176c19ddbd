/** Page -> .msg worker: the file's bytes (transferred, not copied). */
export interface MsgRequest {
  bytes: Uint8Array;
}

/** .msg worker -> page: the message text, or why the file could not be read. */
export type MsgResponse = { ok: true; text: string } | { ok: false; why: string };
