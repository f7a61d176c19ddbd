/**
 * The original message a bounce returns (whole, or its headers only): the facts the wizard
 * pre-fills — From, Return-Path, DKIM d=/s=, Authentication-Results, the Received chain and the
 * IP the message most likely left from.
 */
import { decodeHeaderValue, header, headersNamed, type HeaderList } from './headers.ts';
import type { DkimSignatureRef, OriginalMessage, ReceivedHop } from './types.ts';

const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/;
const IPV6_LITERAL = /\[(?:IPv6:)?([0-9a-f:]*:[0-9a-f:.]+)\]/i;

/** Private, loopback, link-local, CGNAT and documentation-free? No: documentation ranges stay. */
export function isPrivateIp(ip: string): boolean {
  if (ip.includes(':')) return /^(::1$|fe[89ab]|f[cd]|::ffff:(10|127|192\.168)\.)/i.test(ip);
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

export function parseReceived(raw: string): ReceivedHop {
  const from = /\bfrom\s+(\S+)/i.exec(raw)?.[1];
  const by = /\bby\s+([^\s;]+)/i.exec(raw)?.[1];
  // The connecting IP is in the "from" clause, before "by".
  const fromClause = raw.split(/\bby\s/i)[0] ?? raw;
  const ip = IPV6_LITERAL.exec(fromClause)?.[1] ?? IPV4.exec(fromClause)?.[0];
  return { from, by, ip, raw };
}

export function dkimRefs(headers: HeaderList): DkimSignatureRef[] {
  const refs: DkimSignatureRef[] = [];
  // A message carries a signature or a few (one per signer): the rest of thousands are not read.
  for (const value of headersNamed(headers, 'dkim-signature').slice(0, MAX_HOPS)) {
    const tags = new Map<string, string>();
    for (const part of value.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0)
        tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ''));
    }
    const domain = tags.get('d');
    const selector = tags.get('s');
    if (domain && selector) refs.push({ domain: domain.toLowerCase(), selector });
  }
  return refs;
}

/** The public IP nearest the sender's edge: the first public "from" IP, top-down. */
function sendingIp(received: ReceivedHop[]): string | undefined {
  return received.find((hop) => hop.ip && !isPrivateIp(hop.ip))?.ip;
}

/**
 * Received headers read, top-down. RFC 5321 s6.3 has a relay reject a message past a hop count
 * of at least 100 (Postfix's hopcount_limit is 50, Exim's received_headers_max 30), so no
 * message that was delivered has more; a returned message made of 43,000 (issue 13's fuzz) cost
 * half a second here.
 */
const MAX_HOPS = 100;

export function originalFromHeaders(headers: HeaderList, body?: string): OriginalMessage {
  const received = headersNamed(headers, 'received').slice(0, MAX_HOPS).map(parseReceived);
  const text = (name: string) => {
    const value = header(headers, name);
    return value === undefined ? undefined : decodeHeaderValue(value);
  };
  return {
    from: text('from'),
    to: text('to'),
    subject: text('subject'),
    messageId: header(headers, 'message-id'),
    returnPath: header(headers, 'return-path'),
    date: header(headers, 'date'),
    dkim: dkimRefs(headers),
    authenticationResults: headersNamed(headers, 'authentication-results'),
    received,
    sendingIp: sendingIp(received),
    headers,
    body,
    headersOnly: body === undefined,
  };
}
