/**
 * Reading the MTA-STS policy file. The engine cannot fetch (it runs in workers and the CLI as
 * well), so the caller injects `fetchText`. In a browser it can read the file only when the
 * policy host sends CORS headers, which most do not: then the answer is "open it by hand".
 */

export type FetchTextResult =
  { ok: true; text: string } | { ok: false; reason: 'cors' | 'network' | 'http'; status?: number };

export type FetchText = (url: string, init?: { signal?: AbortSignal }) => Promise<FetchTextResult>;

export const policyUrl = (domain: string): string =>
  `https://mta-sts.${domain}/.well-known/mta-sts.txt`;

/** fetchText, with anything it throws turned into a network failure. */
export async function fetchPolicy(
  fetchText: FetchText,
  url: string,
  signal?: AbortSignal,
): Promise<FetchTextResult> {
  try {
    return await fetchText(url, { signal });
  } catch {
    return { ok: false, reason: 'network' };
  }
}
