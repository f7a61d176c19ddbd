/**
 * The bounce text a deep link carries: `#/?bounce=<urlencoded text>`. The router hands loaders a
 * URL built from the fragment's path, so the parameter is read from its query string.
 * Null when the link has no `bounce` parameter (an empty one is a bounce to diagnose: "empty").
 */
export function readDeepLink(url: string): string | null {
  try {
    return new URL(url).searchParams.get('bounce');
  } catch {
    return null;
  }
}

/** The link that opens the diagnosis of `text` from `base` (the app's address). */
export function deepLinkFor(base: string, text: string): string {
  const url = new URL(base);
  url.hash = `/?bounce=${encodeURIComponent(text)}`;
  return url.href;
}
