/**
 * The URL if it is http(s), else null: a link built from data must never become a
 * `javascript:` URL, whatever ends up in a provider table or a bounce.
 */
export function safeHttpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
