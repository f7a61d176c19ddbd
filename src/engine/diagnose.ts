import { classify } from './classify/classify.ts';
import { parseBounce } from './parse/parse-bounce.ts';
import type { Classification } from './classify/types.ts';
import type { ParsedBounce } from './parse/types.ts';

export interface Diagnosis {
  parsed: ParsedBounce;
  results: Classification[];
}

/** Read a bounce in any form and classify each failed recipient. */
export async function diagnose(input: string | Uint8Array): Promise<Diagnosis> {
  const parsed = await parseBounce(input);
  return { parsed, results: classify(parsed) };
}
