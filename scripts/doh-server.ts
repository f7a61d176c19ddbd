/**
 * A local DNS-over-HTTPS server answering from a fixture zone, for tests, benchmarks, the CLI
 * and e2e journeys; no real DNS is involved. It speaks RFC 8484 (GET `?dns=`, POST
 * application/dns-message) and the JSON API (GET `?name=&type=`) on /dns-query, with CORS so a
 * page on another origin can call it, and faults that can be switched at run time:
 *
 *   POST /__faults   {"mode": "servfail", "names": ["example.test"], "retryAfter": 2}
 *   GET  /__faults   the current fault
 *   POST /__zone     a new zone (the format of src/engine/dns/zone.ts)
 *   GET  /__requests the DNS requests served so far; DELETE /__requests forgets them
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DNS_JSON, readJsonQuestion, toJsonResponse } from '../src/engine/dns/json-api.ts';
import { isRecordType, RCODE, type DnsMessage } from '../src/engine/dns/message.ts';
import { decodeQuery, DNS_MESSAGE, encodeResponse } from '../src/engine/dns/wire.ts';
import { normaliseName } from '../src/engine/dns/names.ts';
import type { Zone } from '../src/engine/dns/zone.ts';
import { zoneResponder, type ZoneResponder } from '../src/engine/dns/zone-message.ts';

export interface Fault {
  mode: FaultMode;
  /** Only questions for these names (default: every name). */
  names?: string[];
  /** Seconds, for http429 (default 1). */
  retryAfter?: number;
}

interface Exchange {
  format: 'wire' | 'json';
  fault: Fault;
  request: http.IncomingMessage;
  reply(message: DnsMessage): void;
  send(status: number, body: string | Uint8Array, headers?: Record<string, string>): void;
}

const empty = (rcode: number): DnsMessage => ({ rcode, answers: [], authorities: [] });

/** Each fault: what it does, and how it answers (or returns false to answer normally). */
export const FAULTS = {
  none: { text: 'answer normally', serve: () => false },
  servfail: { text: 'RCODE SERVFAIL', serve: (x: Exchange) => x.reply(empty(RCODE.SERVFAIL)) },
  refused: { text: 'RCODE REFUSED', serve: (x: Exchange) => x.reply(empty(RCODE.REFUSED)) },
  timeout: { text: 'never answer', serve: () => undefined },
  malformed: {
    text: 'HTTP 200 with a body that is neither a DNS message nor JSON',
    serve: (x: Exchange) =>
      x.send(200, x.format === 'wire' ? new Uint8Array([0xde, 0xad]) : '{"Status":'),
  },
  http429: {
    text: 'HTTP 429 with Retry-After',
    serve: (x: Exchange) =>
      x.send(429, 'slow down', { 'retry-after': String(x.fault.retryAfter ?? 1) }),
  },
  http500: { text: 'HTTP 500', serve: (x: Exchange) => x.send(500, 'internal error') },
  down: { text: 'drop the connection', serve: (x: Exchange) => void x.request.socket.destroy() },
  nowire: {
    text: 'HTTP 415 for the wire format; the JSON API still works',
    serve: (x: Exchange) => x.format === 'wire' && x.send(415, 'unsupported media type'),
  },
} satisfies Record<string, { text: string; serve: (x: Exchange) => unknown }>;
export type FaultMode = keyof typeof FAULTS;

export interface ServedRequest {
  method: string;
  format: 'wire' | 'json';
  name: string;
  type: string;
  url: string;
  /** Headers that would give the user away if a client sent them. */
  cookie?: string;
  referer?: string;
}

export interface DohServerOptions {
  zone: Zone;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  latencyMs?: number;
  fault?: Fault;
  /** TTL of records, and of the SOA in negative answers, in seconds. */
  ttl?: number;
  negativeTtl?: number;
}

export interface DohServer {
  /** The DoH endpoint, e.g. http://127.0.0.1:5380/dns-query. */
  url: string;
  origin: string;
  requests: ServedRequest[];
  setFault(fault: Fault): void;
  setZone(zone: Zone): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, accept',
  // Without this a page on another origin cannot read Retry-After on a 429.
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
};

export function isFault(value: unknown): value is Fault {
  const fault = value as Partial<Fault> | null;
  const names = fault?.names;
  return (
    typeof fault?.mode === 'string' &&
    Object.hasOwn(FAULTS, fault.mode) &&
    (names === undefined || (Array.isArray(names) && names.every((n) => typeof n === 'string')))
  );
}

async function readBody(request: http.IncomingMessage, limit = 1 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    if (chunks.reduce((size, part) => size + part.length, 0) > limit) throw new Error('too big');
  }
  return Buffer.concat(chunks);
}

function sender(response: http.ServerResponse, contentType = 'text/plain') {
  return (status: number, body: string | Uint8Array, headers: Record<string, string> = {}) => {
    const type = status === 200 ? contentType : 'text/plain';
    response.writeHead(status, {
      ...CORS,
      'content-type': type,
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(body);
  };
}

/** The question of a DNS request, and how to encode a reply in the format it came in. */
async function readQuestion(request: http.IncomingMessage, url: URL) {
  const dns = url.searchParams.get('dns');
  const isPost = request.method === 'POST' && request.headers['content-type'] === DNS_MESSAGE;
  if (isPost || (request.method === 'GET' && dns !== null)) {
    const bytes = isPost ? await readBody(request, 65_535) : Buffer.from(dns ?? '', 'base64url');
    const query = decodeQuery(new Uint8Array(bytes));
    if (!query) return undefined;
    const encode = (message: DnsMessage) => encodeResponse(query.query, message);
    return { format: 'wire' as const, name: query.name, type: query.type, encode };
  }
  const question = request.method === 'GET' ? readJsonQuestion(url.searchParams) : undefined;
  if (!question) return undefined;
  const encode = (message: DnsMessage) =>
    JSON.stringify(toJsonResponse(message, question.name, question.code));
  return { format: 'json' as const, name: question.name, type: question.type, encode };
}

export async function startDohServer(options: DohServerOptions): Promise<DohServer> {
  const { ttl, negativeTtl } = options;
  let respond: ZoneResponder = zoneResponder(options.zone, { ttl, negativeTtl });
  let fault: Fault = options.fault ?? { mode: 'none' };
  let latencyMs = options.latencyMs ?? 0;
  const requests: ServedRequest[] = [];

  async function serveDns(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    const question = await readQuestion(request, url);
    if (!question) return sender(response)(400, 'expected ?dns=, a DNS message POST, or ?name=');
    const { format, name, type, encode } = question;
    const { cookie, referer } = request.headers;
    const method = request.method ?? '';
    requests.push({ method, format, name, type, url: request.url ?? '', cookie, referer });
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const send = sender(response, format === 'wire' ? DNS_MESSAGE : DNS_JSON);
    const reply = (message: DnsMessage) => send(200, encode(message));
    const names = fault.names?.map(normaliseName);
    const applies = !names || names.includes(normaliseName(name));
    const exchange: Exchange = { format, fault, request, reply, send };
    if (applies && FAULTS[fault.mode].serve(exchange) !== false) return;
    if (!isRecordType(type)) return reply(empty(RCODE.NOTIMP));
    // A zone entry with "timeout" rejects: leave the question unanswered, like the fault.
    await respond(name, type).then(reply, () => undefined);
  }

  async function serveControl(
    request: http.IncomingMessage,
    send: ReturnType<typeof sender>,
    path: string,
  ) {
    if (path === '/__requests') {
      if (request.method === 'DELETE') requests.length = 0;
      return send(200, JSON.stringify(requests));
    }
    if (request.method !== 'POST') return send(200, JSON.stringify(fault));
    const body: unknown = JSON.parse((await readBody(request)).toString('utf8'));
    if (path === '/__zone') {
      respond = zoneResponder(body as Zone, { ttl, negativeTtl });
      return send(204, '');
    }
    if (!isFault(body)) return send(400, `mode must be one of ${Object.keys(FAULTS).join(', ')}`);
    fault = body;
    return send(200, JSON.stringify(fault));
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = sender(response, 'application/json');
    const handle = async () => {
      if (request.method === 'OPTIONS') return send(204, '');
      if (url.pathname === '/dns-query') return serveDns(request, response, url);
      if (/^\/__(faults|zone|requests)$/.test(url.pathname)) {
        return serveControl(request, send, url.pathname);
      }
      return sender(response)(404, 'not found; DNS-over-HTTPS is at /dns-query');
    };
    handle().catch((error: unknown) => {
      if (!response.headersSent) sender(response)(400, String(error));
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url: `${origin}/dns-query`,
    origin,
    requests,
    setFault: (next) => void (fault = next),
    setZone: (zone) => void (respond = zoneResponder(zone, { ttl, negativeTtl })),
    setLatency: (ms) => void (latencyMs = ms),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
