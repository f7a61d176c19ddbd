/**
 * What a blocklist's A records mean. Per RFC 5782 s2.1 an answer in 127.0.0.0/8 is a listing,
 * but lists also use answers for errors and refusals, which must never be read as "listed":
 * Spamhaus 127.255.255.0/24 and DBL 127.0.1.255, URIBL 127.0.0.1. An answer outside 127/8 means
 * something between us and the list rewrote it (an NXDOMAIN-hijacking resolver).
 */
import { parseIp } from '../ip.ts';
import type { Blocklist, Delist, ReturnCode, Severity } from './types.ts';

export type DecodedStatus = 'listed' | 'clear' | 'error' | 'refused' | 'unexpected';

export interface Decoded {
  status: DecodedStatus;
  /** One line per answer or per bit: what it means. */
  meanings: string[];
  /** The worst severity among the listing codes. */
  severity?: Severity;
  /** Delisting advice of the listing codes that have their own (PBL, XBL...), else the list's. */
  delist: Delist[];
}

const toNumber = (bytes: readonly number[]): number => bytes.reduce((n, b) => n * 256 + b, 0);

function ipv4Bytes(text: string): readonly number[] | undefined {
  const ip = parseIp(text);
  return ip?.version === 4 ? ip.bytes : undefined;
}

function matches(code: ReturnCode, bytes: readonly number[]): boolean {
  const match = code.match;
  if ('bit' in match) {
    return (
      bytes[0] === 127 && bytes[1] === 0 && bytes[2] === 0 && ((bytes[3] ?? 0) & match.bit) !== 0
    );
  }
  if ('ip' in match) return toNumber(bytes) === toNumber(ipv4Bytes(match.ip) ?? []);
  const value = toNumber(bytes);
  return (
    value >= toNumber(ipv4Bytes(match.from) ?? []) && value <= toNumber(ipv4Bytes(match.to) ?? [])
  );
}

/** The codes one answer stands for: the first exact/range match, or every bit that is set. */
function codesFor(list: Blocklist, bytes: readonly number[]): ReturnCode[] {
  const whole = list.codes.find((code) => !('bit' in code.match) && matches(code, bytes));
  if (whole) return [whole];
  return list.codes.filter((code) => 'bit' in code.match && matches(code, bytes));
}

const RANK: Record<DecodedStatus, number> = {
  refused: 5,
  error: 4,
  unexpected: 3,
  listed: 2,
  clear: 1,
};

export function decodeAnswer(list: Blocklist, addresses: readonly string[]): Decoded {
  let status = 'clear' as DecodedStatus;
  const meanings: string[] = [];
  const delist: Delist[] = [];
  let severity: Severity | undefined;
  const raise = (next: DecodedStatus): void => {
    if (RANK[next] > RANK[status]) status = next;
  };
  for (const address of addresses) {
    const bytes = ipv4Bytes(address);
    if (!bytes || bytes[0] !== 127) {
      raise('unexpected');
      meanings.push(
        `${address}: not a blocklist answer (outside 127.0.0.0/8); the resolver may be rewriting answers`,
      );
      continue;
    }
    const codes = codesFor(list, bytes);
    if (codes.length === 0) {
      // RFC 5782 s2.1: any answer is a listing, even one the list does not document.
      raise('listed');
      severity = worse(severity, list.severity);
      meanings.push(`${address}: listed (code not documented by the list)`);
      continue;
    }
    for (const code of codes) {
      meanings.push(`${address}: ${code.meaning}`);
      if (code.kind === 'refusal') raise('refused');
      else if (code.kind === 'error') raise('error');
      else if (code.kind === 'listing') {
        raise('listed');
        severity = worse(severity, code.severity ?? list.severity);
        const advice = code.delist ?? list.delist;
        if (!delist.includes(advice)) delist.push(advice);
      }
    }
  }
  return {
    status,
    meanings,
    severity: status === 'listed' ? severity : undefined,
    delist: status === 'listed' ? delist : [],
  };
}

function worse(a: Severity | undefined, b: Severity): Severity {
  return a === 'major' || b === 'major' ? 'major' : 'minor';
}
