/**
 * FNV-1a, 32 bits, over a text's UTF-16 code units: a short stable name for a text (the wizard's
 * query keys, the wording rules' kept branches, the corpus's kept-aside split). Not for secrets.
 * http://www.isthe.com/chongo/tech/comp/fnv/#FNV-1a
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
