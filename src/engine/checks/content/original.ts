/** The original message inside a bounce: the message/rfc822 part of the report, as written. */
import { readPart, type MimePart } from './mime.ts';

function find(part: MimePart, depth = 0): string | undefined {
  if (part.contentType === 'message/rfc822') return part.body;
  if (depth > 8) return undefined;
  for (const child of part.parts) {
    if (child.contentType === 'message/rfc822') return child.body;
    const inner = find(child, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The raw returned message, or undefined when the bounce carries none (or headers only). */
export function originalMessageIn(bounce: string): string | undefined {
  // No part can be message/rfc822 without saying so: most texts need no MIME reading at all.
  if (!/message\/rfc822/i.test(bounce)) return undefined;
  const body = find(readPart(bounce));
  return body?.trim() ? body : undefined;
}
