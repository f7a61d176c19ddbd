/**
 * The resolver the checks ask, made from the settings: one DoH endpoint the person chose (no
 * silent failover to another company), or the disabled resolver when live lookups are off. The
 * resolver stack caches answers for their TTL and shares identical questions in flight; every
 * question is written to the sent log with the resolver it went to. Each app (createApp) has
 * its own session and log (dns-state.ts).
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
import type { DnsState } from './dns-state.ts';
import type { SentLog } from './sent-log.ts';

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
function policyFetcher(sentLog: SentLog): FetchText {
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

function keyOf(settings: Settings): string {
  return `${endpointFor(settings)?.url ?? 'off'}|${settings.fetchMtaSts ? 'sts' : ''}`;
}

function sessionFor(settings: Settings, sentLog: SentLog): DnsSession {
  const endpoint = endpointFor(settings);
  const key = keyOf(settings);
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
  return {
    key,
    label,
    url: endpoint?.url ?? null,
    stack,
    ...(settings.fetchMtaSts && endpoint ? { fetchText: policyFetcher(sentLog) } : {}),
  };
}

/** The app's session for these settings: the same one (and cache) while they stay the same. */
export function sessionOf(state: DnsState, settings: Settings): DnsSession {
  if (state.current?.key !== keyOf(settings)) state.current = sessionFor(settings, state.log);
  return state.current;
}
