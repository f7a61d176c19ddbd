/**
 * The new address a "recipient has moved" reply names. RFC 5321 s3.4 has the server say
 * "551 User not local; please try <forward-path>"; other servers write "has moved to …" or
 * "new address is …". Read only right after those words, so the address the message was sent to,
 * or a postmaster's address in the same text, is never taken for the new one.
 * https://www.rfc-editor.org/rfc/rfc5321#section-3.4
 */
import { firstAddress } from '../parse/patterns.ts';
import type { Classification } from './types.ts';

const BEFORE_NEW_ADDRESS =
  /\b(?:please try|will forward to|(?:has |have )?moved to|new (?:e-?mail )?address(?: is)?:?|now (?:at|receives mail at|reachable at)|please (?:use|write to|resend to|send (?:it |your message )?to))\s*<?/gi;

export function movedTo(
  c: Pick<Classification, 'reason' | 'diagnostic' | 'recipient'>,
): string | undefined {
  if (c.reason !== 'hasmoved') return undefined;
  const failed = c.recipient.toLowerCase();
  for (const match of c.diagnostic.matchAll(BEFORE_NEW_ADDRESS)) {
    const after = c.diagnostic.slice(
      match.index + match[0].length,
      match.index + match[0].length + 300,
    );
    const address = firstAddress(after.split(/[\s,;]/, 1)[0] ?? '');
    if (address && address.toLowerCase() !== failed) return address;
  }
  return undefined;
}

/** What to do: the reason's own advice, or, once the server has named the new address, that. */
export const todoWith = (todo: string, newAddress: string | undefined) =>
  newAddress
    ? `The server names the new address, ${newAddress}: confirm it with the recipient and update your records.`
    : todo;
