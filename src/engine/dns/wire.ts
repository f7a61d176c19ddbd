/**
 * RFC 8484 wire format: DNS messages (RFC 1035 s4) carried over HTTPS, encoded and decoded with
 * @leichtgewicht/dns-packet, which works on Uint8Array and so runs in browsers and workers.
 */
import * as packet from '@leichtgewicht/dns-packet';
import type { Answer as PacketRecord, Packet } from '@leichtgewicht/dns-packet';
import type { DnsMessage, ResourceRecord } from './message.ts';
import { characterStrings } from './txt.ts';
import { DnsError, type RecordType } from './types.ts';
import { normaliseName } from './names.ts';

export const DNS_MESSAGE = 'application/dns-message';

/** RFC 4648 s5 base64url without padding, as RFC 8484 s4.1 asks for the `dns` parameter. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A query with ID 0, which keeps GET responses cacheable (RFC 8484 s4.1), and RD set. No EDNS
 * options, so no client subnet (RFC 7871) or cookies (RFC 7873) leave with the question.
 */
export function encodeQuery(name: string, type: RecordType): Uint8Array {
  return packet.encode({
    type: 'query',
    id: 0,
    flags: packet.RECURSION_DESIRED,
    questions: [{ name, type, class: 'IN' }],
  });
}

const utf8 = new TextDecoder('utf-8');

function joinBytes(parts: (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((part) =>
    typeof part === 'string' ? new TextEncoder().encode(part) : part,
  );
  const joined = new Uint8Array(bytes.reduce((sum, part) => sum + part.length, 0));
  bytes.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return joined;
}

function fromPacketRecord(record: PacketRecord): ResourceRecord | undefined {
  const base = { name: normaliseName(record.name), ttl: record.ttl ?? 0 };
  switch (record.type) {
    case 'A':
    case 'AAAA':
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return { ...base, type: record.type, data: record.data };
    case 'MX':
      return {
        ...base,
        type: 'MX',
        data: { preference: record.data.preference ?? 0, exchange: record.data.exchange },
      };
    case 'TXT': {
      // Join the bytes before decoding: a UTF-8 character may straddle two character-strings.
      const parts = Array.isArray(record.data) ? record.data : [record.data];
      return { ...base, type: 'TXT', data: [utf8.decode(joinBytes(parts))] };
    }
    case 'SOA':
      return {
        ...base,
        type: 'SOA',
        data: {
          mname: record.data.mname,
          rname: record.data.rname,
          minimum: record.data.minimum ?? 0,
        },
      };
    default:
      return undefined;
  }
}

/** Decode a response and check that it answers our question (RFC 8484 s4.2.1). */
export function decodeResponse(bytes: Uint8Array, name: string, type: RecordType): DnsMessage {
  let decoded: Packet;
  try {
    decoded = packet.decode(bytes);
  } catch (error) {
    throw new DnsError('malformed', name, type, `unreadable DNS message (${String(error)})`);
  }
  const question = decoded.questions?.[0];
  if (decoded.type !== 'response' || decoded.id !== 0) {
    throw new DnsError('malformed', name, type, 'the reply is not a response to our query');
  }
  if (!question || normaliseName(question.name) !== normaliseName(name) || question.type !== type) {
    throw new DnsError('malformed', name, type, 'the reply answers a different question');
  }
  const records = (list: PacketRecord[] | undefined) =>
    (list ?? []).map(fromPacketRecord).filter((record) => record !== undefined);
  return {
    rcode: (decoded.flags ?? 0) & 0xf,
    question: { name: question.name, type: question.type },
    answers: records(decoded.answers),
    authorities: records(decoded.authorities),
  };
}

function toPacketRecord(record: ResourceRecord): PacketRecord {
  const base = { name: record.name, ttl: record.ttl, class: 'IN' as const };
  switch (record.type) {
    case 'TXT':
      return { ...base, type: 'TXT', data: characterStrings(record.data) };
    case 'MX':
      return { ...base, type: 'MX', data: { ...record.data } };
    case 'SOA':
      return {
        ...base,
        type: 'SOA',
        data: { ...record.data, serial: 1, refresh: 3600, retry: 600, expire: 86400 },
      };
    default:
      return { ...base, type: record.type, data: record.data };
  }
}

/** Encode a response to `query` (a decoded query packet). Used by the local DoH server. */
export function encodeResponse(query: Packet, message: DnsMessage): Uint8Array {
  return packet.encode({
    type: 'response',
    id: query.id ?? 0,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (message.rcode & 0xf),
    questions: query.questions ?? [],
    answers: message.answers.map(toPacketRecord),
    authorities: message.authorities.map(toPacketRecord),
  });
}

/** Decode a query (server side); undefined when it is not a one-question query we can read. */
export function decodeQuery(
  bytes: Uint8Array,
): { query: Packet; name: string; type: string } | undefined {
  try {
    const query = packet.decode(bytes);
    const question = query.questions?.[0];
    if (query.type !== 'query' || query.questions?.length !== 1 || !question) return undefined;
    return { query, name: question.name, type: question.type };
  } catch {
    return undefined;
  }
}
