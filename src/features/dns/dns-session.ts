/**
 * The resolver the checks ask, made from the settings: one DoH endpoint the person chose (no
 * silent failover to another company), or the disabled resolver when live lookups are off. The
 * resolver stack caches answers for their TTL and shares identical questions in flight; every
 * question is written to the sent log with the resolver it went to.
 */
import {
  createDohResolver,
  createResolverStack,
  customEndpoint,
  DEFAULT_DOH_ENDPOINTS,
  disabledResolver,
  type DohEndpoint,
  type FetchLike,
  type FetchText,
  type ResolverStack,
} from '../../engine/index.ts';
import type { Settings } from '../settings/settings.ts';
import { usableResolverUrl } from '../settings/settings.ts';
import { sentLog } from './sent-log.ts';

export interface DnsSession {
  key: string;
  /** "Cloudflare (1.1.1.1)", "http://127.0.0.1:5391/dns-query", or "none". */
  label: string;
  url: string | null;
  stack: ResolverStack;
  /** Set when the person allows MTA-STS policy files to be fetched. */
  fetchText?: FetchText;
}

function endpointFor(settings: Settings): DohEndpoint | null {
  if (settings.resolver === 'off') return null;
  if (settings.resolver === 'custom') {
    const url = usableResolverUrl(settings.customUrl);
    return url ? customEndpoint(url.href) : null;
  }
  return DEFAULT_DOH_ENDPOINTS.find((endpoint) => endpoint.id === settings.resolver) ?? null;
}

const browserFetch: FetchLike = (url, init) => fetch(url, init);

/** Reads a policy file cross-origin; a refusal (no CORS headers) reads as "cors". */
function policyFetcher(): FetchText {
  return async (url, init) => {
    const host = new URL(url).host;
    try {
      const response = await fetch(url, {
        mode: 'cors',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: init?.signal,
      });
      sentLog.add({
        kind: 'https',
        name: url,
        outcome: `HTTP ${response.status}`,
        to: host,
        sent: true,
      });
      if (!response.ok) return { ok: false, reason: 'http', status: response.status };
      return { ok: true, text: await response.text() };
    } catch {
      sentLog.add({
        kind: 'https',
        name: url,
        outcome: 'refused or unreachable',
        to: host,
        sent: true,
      });
      // The browser does not say whether CORS or the network failed; CORS is by far the likelier.
      return { ok: false, reason: 'cors' };
    }
  };
}

let current: DnsSession | undefined;

export function dnsSession(settings: Settings): DnsSession {
  const endpoint = endpointFor(settings);
  const key = `${endpoint?.url ?? 'off'}|${settings.fetchMtaSts ? 'sts' : ''}`;
  if (current?.key === key) return current;
  const base = endpoint
    ? createDohResolver({ fetch: browserFetch, endpoints: [endpoint], timeoutMs: 5000 })
    : disabledResolver();
  const stack = createResolverStack(base, { timeoutMs: 8000 });
  const label = endpoint?.label ?? 'none (live lookups are off)';
  stack.log.onQuery((record) =>
    sentLog.add({
      kind: 'dns',
      name: record.name,
      type: record.type,
      outcome: record.outcome === 'error' ? (record.error ?? 'error') : record.outcome,
      to: label,
      ...(endpoint ? { url: endpoint.url } : {}),
      sent: record.ms !== undefined && endpoint !== null,
    }),
  );
  current = {
    key,
    label,
    url: endpoint?.url ?? null,
    stack,
    ...(settings.fetchMtaSts && endpoint ? { fetchText: policyFetcher() } : {}),
  };
  return current;
}
