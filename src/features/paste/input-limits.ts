/** Files above this are refused before reading: a bounce is rarely more than a few hundred KB. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The file types offered in the file picker (any text file is still read). */
export const ACCEPTED_FILES =
  '.eml,.mbox,.txt,.msg,message/rfc822,text/plain,application/vnd.ms-outlook';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Texts longer than this are not shown in the text box: laying out megabytes of text in a
 * <textarea> blocks Chrome for seconds (10 MB: about 5 s). They are still diagnosed.
 */
export const LARGE_TEXT_CHARS = 500_000;
