/**
 * Compact text for a share link's fragment: JSON, deflated (CompressionStream "deflate-raw",
 * built into browsers, workers and Node 18+), in base64url. Never sent anywhere: the fragment
 * stays in the browser.
 */
const PREFIX = 'v1.';

/**
 * The most a link may inflate to. A link carries at most the texts the wizard keeps (1 M
 * characters each, wizard-storage.ts) as JSON; a deflated link can hold a thousand times its
 * size, and 348 KB of one inflated to 256 MB (issue 13). Past this the link is refused.
 */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024;

/** The stream's bytes, or undefined as soon as they pass `limit` (the rest is never made). */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.length;
    if (length > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

export async function encodeShare(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return PREFIX + toBase64Url((await pipe(json, new CompressionStream('deflate-raw')))!);
}

/**
 * The value, or undefined when the text is not a share payload (cut off, edited, foreign) or
 * inflates past MAX_INFLATED_BYTES.
 */
export async function decodeShare(text: string): Promise<unknown> {
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await pipe(
      fromBase64Url(text.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
      MAX_INFLATED_BYTES,
    );
    if (!bytes) return undefined;
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
