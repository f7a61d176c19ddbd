/**
 * One HTTP request to one DoH endpoint in one format. The engine never touches the global
 * fetch: the caller injects one (STYLE.md, "The shape"). Nothing but the question leaves:
 * no cookies, no referrer, no EDNS options (RFC 8484 s8 on privacy).
 */
import type { DohEndpoint } from './doh-endpoints.ts';
import { DNS_JSON, jsonQueryUrl, parseJsonResponse } from './json-api.ts';
import type { DnsMessage } from './message.ts';
import { DnsError, type DnsErrorKind, type RecordType } from './types.ts';
import { base64url, decodeResponse, DNS_MESSAGE, encodeQuery } from './wire.ts';

export type DohFormat = 'wire' | 'json';

/** What the engine needs of a fetch Response; window.fetch and Node's fetch both fit. */
export interface DohResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  /** Cancelled when an error response's body is not read, to free the connection. */
  body?: { cancel(): Promise<void> } | null;
}

export interface DohRequestInit {
  method: 'GET';
  headers: Record<string, string>;
  credentials: 'omit';
  referrerPolicy: 'no-referrer';
  mode: 'cors';
  signal: AbortSignal;
}

export type FetchLike = (url: string, init: DohRequestInit) => Promise<DohResponse>;

export type Attempt =
  | { ok: true; message: DnsMessage }
  | {
      ok: false;
      kind: DnsErrorKind;
      detail: string;
      /** The endpoint could not handle this format; the other format may work. */
      formatProblem?: boolean;
      /** HTTP 429/503: leave the endpoint alone; carries the Retry-After header if any. */
      rateLimited?: { retryAfter: string | null };
    };

/** HTTP statuses that say the request's format was refused (RFC 8484 s4.2.1, Google DoH docs). */
const FORMAT_STATUSES = new Set([400, 406, 413, 414, 415]);

export interface AttemptRequest {
  fetch: FetchLike;
  endpoint: DohEndpoint;
  format: DohFormat;
  name: string;
  type: RecordType;
  timeoutMs: number;
  signal?: AbortSignal;
}

function requestUrl({ endpoint, format, name, type }: AttemptRequest): string {
  if (format === 'json') return jsonQueryUrl(endpoint.jsonUrl ?? endpoint.url, name, type);
  const url = new URL(endpoint.url);
  url.searchParams.set('dns', base64url(encodeQuery(name, type)));
  return url.href;
}

async function readMessage(request: AttemptRequest, response: DohResponse): Promise<Attempt> {
  const { endpoint, format, name, type } = request;
  if (!response.ok) {
    const detail = `HTTP ${response.status} from ${endpoint.label}`;
    const limited = response.status === 429 || response.status === 503;
    response.body?.cancel().catch(() => undefined);
    return {
      ok: false,
      kind: 'http',
      detail,
      formatProblem: FORMAT_STATUSES.has(response.status),
      ...(limited ? { rateLimited: { retryAfter: response.headers.get('retry-after') } } : {}),
    };
  }
  try {
    const message =
      format === 'wire'
        ? decodeResponse(new Uint8Array(await response.arrayBuffer()), name, type)
        : parseJsonResponse(await response.text(), name, type);
    return { ok: true, message };
  } catch (error) {
    if (!(error instanceof DnsError)) throw error;
    const detail = `${error.message.replace(`${type} ${name}: `, '')} (${endpoint.label})`;
    return { ok: false, kind: error.kind, detail, formatProblem: true };
  }
}

export async function attempt(request: AttemptRequest): Promise<Attempt> {
  const { endpoint, format, timeoutMs, signal } = request;
  const fetchDns = request.fetch;
  // An abort between two attempts fires no event for the listener below: check first.
  if (signal?.aborted) return { ok: false, kind: 'aborted', detail: 'aborted' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Called as a plain function, so an unbound window.fetch works (calling it as a method of
    // another object is what throws "Illegal invocation").
    const response = await fetchDns(requestUrl(request), {
      method: 'GET',
      headers: { accept: format === 'wire' ? DNS_MESSAGE : DNS_JSON },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      signal: controller.signal,
    });
    return await readMessage(request, response);
  } catch (error) {
    if (signal?.aborted) return { ok: false, kind: 'aborted', detail: 'aborted' };
    if (timedOut) {
      return {
        ok: false,
        kind: 'timeout',
        detail: `no answer from ${endpoint.label} within ${timeoutMs} ms`,
      };
    }
    // Node's fetch says only "fetch failed" and keeps the reason (ECONNREFUSED...) in `cause`.
    const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    const why = `${error instanceof Error ? error.message : String(error)}${typeof cause === 'string' ? `: ${cause}` : ''}`;
    return { ok: false, kind: 'network', detail: `could not reach ${endpoint.label} (${why})` };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
