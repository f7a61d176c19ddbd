import { fnv1a } from '../../engine/fnv.ts';

/**
 * A short, stable name for a text: its length plus a 32-bit FNV-1a hash of its UTF-16 code units.
 * Used as the diagnosis query key so that a 10 MB bounce is not re-hashed by react-query on every
 * render (it stringifies keys). Collisions only cost a stale diagnosis for a same-length text.
 */
export function fingerprint(text: string): string {
  return `${text.length.toString(36)}-${fnv1a(text).toString(36)}`;
}
