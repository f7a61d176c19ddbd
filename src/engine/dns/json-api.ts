/**
 * The JSON DoH API that Google and Cloudflare both offer (`?name=&type=` with
 * `accept: application/dns-json`). It has no RFC and providers differ in details, so the
 * engine uses it only as a fallback for the wire format, and parses it defensively.
 * Fields: https://developers.google.com/speed/public-dns/docs/doh/json
 */
import { TYPE_CODES, typeFromCode, type DnsMessage, type ResourceRecord } from './message.ts';
import { characterStrings, parseTxtPresentation, txtPresentation } from './txt.ts';
import { DnsError, type RecordType } from './types.ts';
import { normaliseName } from './names.ts';

export const DNS_JSON = 'application/dns-json';

export interface JsonRecord {
  name: string;
  type: number;
  TTL: number;
  data: string;
}

export interface JsonResponse {
  Status: number;
  TC?: boolean;
  RD?: boolean;
  RA?: boolean;
  Question?: { name: string; type: number }[];
  Answer?: JsonRecord[];
  Authority?: JsonRecord[];
}

export function jsonQueryUrl(base: string, name: string, type: RecordType): string {
  const url = new URL(base);
  url.searchParams.set('name', name);
  url.searchParams.set('type', type);
  return url.href;
}

function isJsonRecord(value: unknown): value is JsonRecord {
  const record = value as Partial<JsonRecord> | null;
  return (
    typeof record?.name === 'string' &&
    typeof record.type === 'number' &&
    typeof record.TTL === 'number' &&
    typeof record.data === 'string'
  );
}

function fromJsonRecord(record: JsonRecord): ResourceRecord | undefined {
  const base = { name: normaliseName(record.name), ttl: record.TTL };
  const type = typeFromCode(record.type);
  switch (type) {
    case undefined:
      return undefined;
    case 'TXT':
      return { ...base, type, data: [parseTxtPresentation(record.data)] };
    case 'MX': {
      const [preference, exchange] = record.data.trim().split(/\s+/);
      if (!exchange || !/^\d+$/.test(preference ?? '')) return undefined;
      return { ...base, type, data: { preference: Number(preference), exchange } };
    }
    case 'SOA': {
      const [mname = '', rname = '', , , , , minimum] = record.data.trim().split(/\s+/);
      return { ...base, type, data: { mname, rname, minimum: Number(minimum ?? 0) || 0 } };
    }
    default:
      return { ...base, type, data: normaliseName(record.data) };
  }
}

function records(list: unknown, name: string, type: RecordType): ResourceRecord[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every(isJsonRecord)) {
    throw new DnsError('malformed', name, type, 'the JSON reply has unreadable records');
  }
  return list.map(fromJsonRecord).filter((record) => record !== undefined);
}

export function parseJsonResponse(text: string, name: string, type: RecordType): DnsMessage {
  let body: Partial<JsonResponse> | null;
  try {
    body = JSON.parse(text) as Partial<JsonResponse> | null;
  } catch {
    throw new DnsError('malformed', name, type, 'the reply is not JSON');
  }
  if (typeof body?.Status !== 'number') {
    throw new DnsError('malformed', name, type, 'the JSON reply has no Status');
  }
  const question = body.Question?.[0];
  if (
    question &&
    (normaliseName(String(question.name)) !== normaliseName(name) ||
      question.type !== TYPE_CODES[type])
  ) {
    throw new DnsError('malformed', name, type, 'the reply answers a different question');
  }
  return {
    rcode: body.Status,
    answers: records(body.Answer, name, type),
    authorities: records(body.Authority, name, type),
  };
}

function toJsonRecord(record: ResourceRecord): JsonRecord {
  const base = { name: `${record.name}.`, type: TYPE_CODES[record.type], TTL: record.ttl };
  switch (record.type) {
    case 'TXT':
      return { ...base, data: txtPresentation(characterStrings(record.data)) };
    case 'MX':
      return { ...base, data: `${record.data.preference} ${record.data.exchange}.` };
    case 'SOA': {
      const { mname, rname, minimum } = record.data;
      return { ...base, data: `${mname}. ${rname}. 1 3600 600 86400 ${minimum}` };
    }
    case 'A':
    case 'AAAA':
      return { ...base, data: record.data };
    default:
      return { ...base, data: `${record.data}.` };
  }
}

/**
 * The question of a JSON API request (server side): `name`, and `type` as a mnemonic or a
 * number, A by default (Google's rules). Undefined when there is no name.
 */
export function readJsonQuestion(params: URLSearchParams) {
  const name = params.get('name');
  if (!name) return undefined;
  const param = (params.get('type') ?? 'A').toUpperCase();
  const code = /^\d+$/.test(param) ? Number(param) : (TYPE_CODES as Record<string, number>)[param];
  return {
    name,
    type: code === undefined ? param : (typeFromCode(code) ?? param),
    code: code ?? 0,
  };
}

/** Build a JSON API reply in Google's shape (used by the local DoH server). */
export function toJsonResponse(message: DnsMessage, name: string, type: number): JsonResponse {
  return {
    Status: message.rcode,
    TC: false,
    RD: true,
    RA: true,
    Question: [{ name: `${normaliseName(name)}.`, type }],
    Answer: message.answers.map(toJsonRecord),
    Authority: message.authorities.map(toJsonRecord),
  };
}
