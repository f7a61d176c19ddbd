/**
 * IP addresses for the checks that look at the sending IP (reverse DNS, blocklists): strict
 * parsing, canonical text, reverse-lookup names and the special-purpose ranges that are not
 * public internet addresses.
 *
 * Parsing is strict on purpose: no octal/hex/short IPv4 forms ("010.1", "1.2.3"), no IPv6 zone
 * ids. A bracketed SMTP address literal ("[192.0.2.1]", "[IPv6:2001:db8::1]", RFC 5321 s4.1.3)
 * is accepted because that is how Received headers write IPs.
 */

export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 bytes, network order. */
  bytes: readonly number[];
  /** Canonical text: dotted quad, or the RFC 5952 form for IPv6. */
  text: string;
}

const MAX_INPUT = 64;

export function parseIp(input: string): IpAddress | undefined {
  let text = input.trim();
  if (text.length > MAX_INPUT) return undefined;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (/^ipv6:/i.test(text)) text = text.slice(5);
  const bytes = text.includes(':') ? parseIPv6(text) : parseIPv4(text);
  if (!bytes) return undefined;
  return { version: bytes.length === 4 ? 4 : 6, bytes, text: formatIp(bytes) };
}

function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    // No leading zeros: "010" is octal to some parsers and decimal to others.
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return bytes;
}

function parseIPv6(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const zeros: number[] = new Array<number>(8 - count).fill(0);
  const groups = [...head, ...zeros, ...tail];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** 16-bit groups of one side of "::"; an IPv4 tail (RFC 4291 s2.2 form 3) counts as two. */
function groupsOf(side: string, mayEndInIPv4: boolean): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (part.includes('.')) {
      const v4 = index === parts.length - 1 && mayEndInIPv4 ? parseIPv4(part) : undefined;
      if (!v4) return undefined;
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return undefined;
      groups.push(parseInt(part, 16));
    }
  }
  return groups;
}

export function formatIp(bytes: readonly number[]): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups = Array.from(
    { length: 8 },
    (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0),
  );
  if (isMapped(bytes)) return `::ffff:${bytes.slice(12).join('.')}`;
  // RFC 5952 s4.2: compress the longest run of two or more zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) [bestStart, bestLength] = [start, length];
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLength).join(':');
  return `${left}::${right}`;
}

function isMapped(bytes: readonly number[]): boolean {
  return (
    bytes.length === 16 &&
    bytes.slice(0, 10).every((b) => b === 0) &&
    bytes[10] === 0xff &&
    bytes[11] === 0xff
  );
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d, RFC 4291 s2.5.5.2). */
export function unmapIPv4(ip: IpAddress): IpAddress | undefined {
  if (ip.version !== 6 || !isMapped(ip.bytes)) return undefined;
  const bytes = ip.bytes.slice(12);
  return { version: 4, bytes, text: formatIp(bytes) };
}

/** Labels in reverse order, as DNSBLs and the reverse tree want them (RFC 5782 s2.1, s2.4). */
export function reversedLabels(ip: IpAddress): string {
  if (ip.version === 4) return [...ip.bytes].reverse().join('.');
  const nibbles = ip.bytes.flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);
  return nibbles.reverse().join('.');
}

/** The PTR query name: in-addr.arpa (RFC 1035 s3.5) or ip6.arpa nibbles (RFC 3596 s2.5). */
export function reverseName(ip: IpAddress): string {
  return `${reversedLabels(ip)}.${ip.version === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

export function sameIp(a: IpAddress, b: IpAddress): boolean {
  return a.version === b.version && a.bytes.every((byte, i) => byte === b.bytes[i]);
}

export interface SpecialRange {
  prefix: string;
  length: number;
  name: string;
  source: string;
}

const IANA4 = 'https://www.iana.org/assignments/iana-ipv4-special-registry/';
const IANA6 = 'https://www.iana.org/assignments/iana-ipv6-special-registry/';
const rfc = (n: number): string => `https://www.rfc-editor.org/rfc/rfc${n}`;

/** Ranges that are never a public mail sender, as CIDR, name, source. Ordered: first match wins. */
const RANGES: readonly (readonly [string, string, string])[] = [
  ['0.0.0.0/8', '"this network"', IANA4],
  ['10.0.0.0/8', 'private network (RFC 1918)', rfc(1918)],
  ['100.64.0.0/10', 'carrier-grade NAT (RFC 6598)', rfc(6598)],
  ['127.0.0.0/8', 'loopback', IANA4],
  ['169.254.0.0/16', 'link-local (RFC 3927)', rfc(3927)],
  ['172.16.0.0/12', 'private network (RFC 1918)', rfc(1918)],
  ['192.0.0.0/24', 'IETF protocol assignments', IANA4],
  ['192.0.2.0/24', 'documentation (TEST-NET-1, RFC 5737)', rfc(5737)],
  ['192.88.99.0/24', 'deprecated 6to4 relay (RFC 7526)', rfc(7526)],
  ['192.168.0.0/16', 'private network (RFC 1918)', rfc(1918)],
  ['198.18.0.0/15', 'benchmarking (RFC 2544)', IANA4],
  ['198.51.100.0/24', 'documentation (TEST-NET-2, RFC 5737)', rfc(5737)],
  ['203.0.113.0/24', 'documentation (TEST-NET-3, RFC 5737)', rfc(5737)],
  ['224.0.0.0/4', 'multicast', IANA4],
  ['240.0.0.0/4', 'reserved (and broadcast)', IANA4],
  ['::/128', 'unspecified address', IANA6],
  ['::1/128', 'loopback', IANA6],
  ['100::/64', 'discard-only (RFC 6666)', IANA6],
  ['2001:2::/48', 'benchmarking (RFC 5180)', IANA6],
  ['2001:db8::/32', 'documentation (RFC 3849)', rfc(3849)],
  ['3fff::/20', 'documentation (RFC 9637)', rfc(9637)],
  ['fc00::/7', 'unique local address (RFC 4193)', rfc(4193)],
  ['fe80::/10', 'link-local', IANA6],
  ['ff00::/8', 'multicast', IANA6],
];

export const SPECIAL_RANGES: readonly SpecialRange[] = RANGES.map(([cidr, name, source]) => {
  const [prefix = '', length = '0'] = cidr.split('/');
  return { prefix, length: Number(length), name, source };
});

export function specialRange(ip: IpAddress): SpecialRange | undefined {
  return SPECIAL_RANGES.find((range) => {
    const prefix = parseIp(range.prefix);
    return (
      prefix !== undefined &&
      prefix.version === ip.version &&
      inPrefix(ip.bytes, prefix.bytes, range.length)
    );
  });
}

function inPrefix(bytes: readonly number[], prefix: readonly number[], length: number): boolean {
  for (let bit = 0; bit < length; bit++) {
    const mask = 0x80 >> (bit % 8);
    const index = Math.floor(bit / 8);
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}
