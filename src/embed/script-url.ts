/**
 * Where the embed script was loaded from, so that share links made inside an embed open the
 * standalone app it came with (dist/embed/bounce-doctor.js -> dist/), not the help site's page.
 */
let scriptUrl: string | undefined;

export function rememberScriptUrl(url: string): void {
  scriptUrl = url;
}

export function scriptAppUrl(): string | undefined {
  if (!scriptUrl) return undefined;
  try {
    return new URL('../', scriptUrl).href;
  } catch {
    return undefined;
  }
}
