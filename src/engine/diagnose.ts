import { originalMessageIn } from './checks/content/original.ts';
import { classify } from './classify/classify.ts';
import { parseBounce } from './parse/parse-bounce.ts';
import type { Classification } from './classify/types.ts';
import type { ParsedBounce } from './parse/types.ts';

export interface Diagnosis {
  parsed: ParsedBounce;
  results: Classification[];
  /**
   * The returned message as written (line endings and all), for the content check: found where
   * the bounce is read, in the diagnose worker, so that the page never reads the bounce again.
   * Only for text input (the page's); undefined when the bounce carries none.
   */
  originalMessage?: string;
}

/** Read a bounce in any form and classify each failed recipient. */
export async function diagnose(input: string | Uint8Array): Promise<Diagnosis> {
  const read = parseBounce(input);
  const results = classify(read);
  // The returned message's headers are read here too (ParsedBounce.original is a getter, read
  // on demand): a plain copy carries them to the page without the page reading anything.
  const parsed: ParsedBounce = { ...read };
  const originalMessage = typeof input === 'string' ? originalMessageIn(input) : undefined;
  return originalMessage === undefined ? { parsed, results } : { parsed, results, originalMessage };
}
