/**
 * A short, stable name for a text: its length plus a 32-bit FNV-1a hash of its UTF-16 code units.
 * Used as the diagnosis query key so that a 10 MB bounce is not re-hashed by react-query on every
 * render (it stringifies keys). Collisions only cost a stale diagnosis for a same-length text.
 * FNV-1a: http://www.isthe.com/chongo/tech/comp/fnv/#FNV-1a
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
