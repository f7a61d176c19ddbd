/**
 * How much one batch reads, so that a hostile or mistaken file gives a clear message instead of
 * exhausting the page's memory. The page states these figures.
 */
export interface BatchLimits {
  /** One file, read as it streams in (an mbox, a CSV, JSON lines, a log). */
  fileBytes: number;
  /** A file read whole: one message or one .msg. */
  messageBytes: number;
  /** A JSON document that is not JSON lines, parsed whole. */
  jsonBytes: number;
  /** What one zip may unpack to, in all. */
  zipBytes: number;
  zipEntryBytes: number;
  zipEntries: number;
}

export const BATCH_LIMITS: BatchLimits = {
  fileBytes: 256 * 2 ** 20,
  messageBytes: 25 * 2 ** 20,
  jsonBytes: 128 * 2 ** 20,
  zipBytes: 512 * 2 ** 20,
  zipEntryBytes: 128 * 2 ** 20,
  zipEntries: 100_000,
};
