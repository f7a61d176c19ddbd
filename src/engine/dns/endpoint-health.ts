/**
 * Which endpoint to ask first. An endpoint that answered HTTP 429 (or 503) with Retry-After is
 * left alone until then (RFC 9110 s10.2.3, RFC 6585 s4; Google documents both:
 * https://developers.google.com/speed/public-dns/docs/doh). One that failed otherwise (network,
 * timeout, 5xx, garbage) moves to the back of the queue for a while, so a dead endpoint does not
 * cost every question a timeout, but is still tried when the others fail too.
 */
export interface HealthOptions {
  now: () => number;
  /** How long a failed endpoint stays at the back, in ms. */
  demoteMs?: number;
  /** Wait after a 429 that gave no Retry-After, in ms. */
  defaultRetryAfterMs?: number;
  /** Longest Retry-After honoured, in ms, so a bad header cannot disable an endpoint for days. */
  maxRetryAfterMs?: number;
}

interface State {
  until: number;
  skip: boolean;
}

/** Retry-After is delay-seconds or an HTTP-date (RFC 9110 s10.2.3); returns ms from now. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createEndpointHealth(options: HealthOptions) {
  const { now, demoteMs = 30_000, defaultRetryAfterMs = 10_000 } = options;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 600_000;
  const states = new Map<string, State>();
  const current = (id: string) => {
    const state = states.get(id);
    return state && state.until > now() ? state : undefined;
  };
  return {
    /** Endpoints to try, in order; `waitMs` says how long until one is usable when none is. */
    order<E extends { id: string }>(endpoints: readonly E[]): { usable: E[]; waitMs: number } {
      const fresh = endpoints.filter((endpoint) => !current(endpoint.id));
      const demoted = endpoints.filter((endpoint) => current(endpoint.id)?.skip === false);
      const waits = endpoints.map((endpoint) => (current(endpoint.id)?.until ?? now()) - now());
      return { usable: [...fresh, ...demoted], waitMs: Math.max(0, Math.min(...waits)) };
    },
    succeeded(id: string) {
      states.delete(id);
    },
    failed(id: string) {
      states.set(id, { until: now() + demoteMs, skip: false });
    },
    rateLimited(id: string, retryAfterMs: number | undefined) {
      const wait = Math.min(retryAfterMs ?? defaultRetryAfterMs, maxRetryAfterMs);
      states.set(id, { until: now() + wait, skip: true });
    },
  };
}

export type EndpointHealth = ReturnType<typeof createEndpointHealth>;
