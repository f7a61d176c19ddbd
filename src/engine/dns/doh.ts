/**
 * The DNS-over-HTTPS resolver (RFC 8484): the one place where DNS questions leave the engine.
 * Wire format first; the JSON API when an endpoint refuses or garbles the wire format. Failover
 * to the next endpoint when one cannot answer (network, timeout, HTTP error, garbage). DNS
 * answers are final: SERVFAIL or REFUSED is what the resolver says about the domain (a broken
 * DNSSEC chain fails the same way everywhere), so it is reported rather than retried elsewhere.
 */
import { answerFromMessage } from './answer-from-message.ts';
import { DEFAULT_DOH_ENDPOINTS, type DohEndpoint } from './doh-endpoints.ts';
import { attempt, type Attempt, type DohFormat, type FetchLike } from './doh-request.ts';
import { createEndpointHealth, parseRetryAfter } from './endpoint-health.ts';
import { toQueryName } from './names.ts';
import {
  DnsError,
  type Answer,
  type RecordType,
  type ResolveOptions,
  type Resolver,
} from './types.ts';

export interface DohResolverOptions {
  /** Injected: the app passes `window.fetch`, the CLI `globalThis.fetch`, tests their own. */
  fetch: FetchLike;
  /** In failover order; defaults to Cloudflare then Google. */
  endpoints?: readonly DohEndpoint[];
  /** Per HTTP request, in ms; a question may make several requests (fallback, failover). */
  timeoutMs?: number;
  /** 'auto' (default): wire format, then the JSON API if the wire format fails at format level. */
  format?: DohFormat | 'auto';
  /** Clock in ms, for Retry-After bookkeeping. */
  now?: () => number;
}

export function createDohResolver(options: DohResolverOptions): Resolver {
  const { fetch: fetchDns, timeoutMs = 5000, format = 'auto', now = Date.now } = options;
  const endpoints = (options.endpoints ?? DEFAULT_DOH_ENDPOINTS).filter(
    (endpoint) => format !== 'json' || endpoint.jsonUrl,
  );
  if (endpoints.length === 0) throw new TypeError('createDohResolver: no usable DoH endpoint');
  const health = createEndpointHealth({ now });
  /** Endpoints whose wire format failed at format level but whose JSON API worked. */
  const jsonOnly = new Set<string>();

  function formatsFor(endpoint: DohEndpoint): DohFormat[] {
    if (format !== 'auto') return [format];
    if (!endpoint.jsonUrl) return ['wire'];
    return jsonOnly.has(endpoint.id) ? ['json'] : ['wire', 'json'];
  }

  async function ask(endpoint: DohEndpoint, name: string, type: RecordType, signal?: AbortSignal) {
    let result: Attempt | undefined;
    for (const tried of formatsFor(endpoint)) {
      result = await attempt({
        fetch: fetchDns,
        endpoint,
        format: tried,
        name,
        type,
        timeoutMs,
        signal,
      });
      if (result.ok && tried === 'json' && format === 'auto') jsonOnly.add(endpoint.id);
      if (result.ok || !result.formatProblem) return result;
    }
    return result as Attempt;
  }

  return async <T extends RecordType>(name: string, type: T, resolveOptions?: ResolveOptions) => {
    const signal = resolveOptions?.signal;
    if (signal?.aborted) throw new DnsError('aborted', name, type);
    const qname = toQueryName(name, type);
    const { usable, waitMs } = health.order(endpoints);
    if (usable.length === 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new DnsError(
        'http',
        name,
        type,
        `every DoH endpoint asked us to wait (HTTP 429); try again in ${seconds} s`,
      );
    }
    const failures: string[] = [];
    let last: Attempt & { ok: false } = { ok: false, kind: 'network', detail: 'not asked' };
    for (const endpoint of usable) {
      const result = await ask(endpoint, qname, type, signal);
      if (result.ok) {
        health.succeeded(endpoint.id);
        return answerFromMessage(result.message, qname, type) as Answer<T>;
      }
      if (result.kind === 'aborted') throw new DnsError('aborted', name, type);
      if (result.rateLimited) {
        health.rateLimited(endpoint.id, parseRetryAfter(result.rateLimited.retryAfter, now()));
      } else {
        health.failed(endpoint.id);
      }
      failures.push(result.detail);
      last = result;
    }
    throw new DnsError(last.kind, name, type, failures.join('; '));
  };
}
