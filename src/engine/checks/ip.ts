/**
 * IP addresses for every check that looks at one (SPF, reverse DNS, blocklists, the address
 * check): strict parsing, canonical text, CIDR matching, reverse-lookup names and the
 * special-purpose ranges that are not public internet addresses. Parsing and RFC 5952 text are
 * ipaddr.js's (docs/decisions/025); the strictness and the prefix matching are ours.
 *
 * Strict on purpose: no octal/hex/short IPv4 forms ("010.1", "0x7f.1", "1.2.3"), also not as
 * the dotted tail of an IPv6 address, and no IPv6 zone ids (RFC 7208 s5.6, RFC 4291 s2.2).
 * `parseIp` also takes a bracketed SMTP address literal ("[192.0.2.1]", "[IPv6:2001:db8::1]",
 * RFC 5321 s4.1.3), which is how Received headers write IPs.
 */
import ipaddr from 'ipaddr.js';

export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 bytes, network order. */
  bytes: readonly number[];
  /** Canonical text: dotted quad, or the RFC 5952 form for IPv6 (::ffff:a.b.c.d when mapped). */
  text: string;
}

const MAX_INPUT = 64;

function fromBytes(bytes: number[]): IpAddress {
  if (bytes.length === 4) return { version: 4, bytes, text: bytes.join('.') };
  const v6 = ipaddr.fromByteArray(bytes) as ipaddr.IPv6;
  // RFC 5952 s5: an IPv4-mapped address keeps its IPv4 part in dotted form.
  const text = v6.isIPv4MappedAddress()
    ? `::ffff:${v6.toIPv4Address().toString()}`
    : v6.toRFC5952String();
  return { version: 6, bytes, text };
}

/** Four decimal octets without leading zeros; ipaddr.js checks that each fits in 8 bits. */
const DOTTED_QUAD = /^(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3}$/;
/** Hex groups and colons, maybe a dotted quad at the end: no zone id (RFC 4007 "%eth0"). */
const IPV6_TEXT = /^[\da-f:]{2,39}$|^[\da-f:]{1,29}:[\d.]{7,15}$/i;

/** An address written plainly (no brackets, no spaces): a dotted quad or RFC 4291 text. */
export function parseAddress(text: string): IpAddress | undefined {
  // The shapes first: ipaddr.js also reads octal, hex and short IPv4 forms, and says "no" by
  // throwing, which costs more than a pattern.
  if (DOTTED_QUAD.test(text)) {
    return ipaddr.IPv4.isValid(text) ? fromBytes(ipaddr.IPv4.parse(text).toByteArray()) : undefined;
  }
  if (!IPV6_TEXT.test(text)) return undefined;
  const tail = text.slice(text.lastIndexOf(':') + 1);
  if (tail.includes('.') && !DOTTED_QUAD.test(tail)) return undefined;
  // ipaddr.js reads exactly "::a.b.c.d", the deprecated IPv4-compatible form (RFC 4291
  // s2.5.5.1), as IPv4-mapped (::ffff:a.b.c.d): "0::a.b.c.d" is the same address, read right.
  const v6 = text.startsWith('::') && tail === text.slice(2) ? `0${text}` : text;
  return ipaddr.IPv6.isValid(v6) ? fromBytes(ipaddr.IPv6.parse(v6).toByteArray()) : undefined;
}

/** An address as a person or a Received header gives it: trimmed, maybe an address literal. */
export function parseIp(input: string): IpAddress | undefined {
  let text = input.trim();
  if (text.length > MAX_INPUT) return undefined;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (/^ipv6:/i.test(text)) text = text.slice(5);
  return parseAddress(text);
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d, RFC 4291 s2.5.5.2). */
export function unmapIPv4(ip: IpAddress): IpAddress | undefined {
  if (ip.version !== 6) return undefined;
  const v6 = ipaddr.fromByteArray([...ip.bytes]) as ipaddr.IPv6;
  return v6.isIPv4MappedAddress() ? fromBytes(v6.toIPv4Address().toByteArray()) : undefined;
}

/** The sending host's address: an IPv4-mapped IPv6 address is its IPv4 address (RFC 7208 s5). */
export function parseClientIp(input: string): IpAddress | undefined {
  const given = parseIp(input);
  return given && (unmapIPv4(given) ?? given);
}

/** The address record type that holds addresses of this family. */
export const addressType = (ip: IpAddress): 'A' | 'AAAA' => (ip.version === 4 ? 'A' : 'AAAA');

/** The 32 hex digits of an IPv6 address, lower case, most significant first. */
export function nibbles(ip: IpAddress): string[] {
  return ip.bytes.flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);
}

/** Labels in reverse order, as DNSBLs and the reverse tree want them (RFC 5782 s2.1, s2.4). */
export function reversedLabels(ip: IpAddress): string {
  return (ip.version === 4 ? ip.bytes.map(String) : nibbles(ip)).reverse().join('.');
}

/** The PTR query name: in-addr.arpa (RFC 1035 s3.5) or ip6.arpa nibbles (RFC 3596 s2.5). */
export function reverseName(ip: IpAddress): string {
  return `${reversedLabels(ip)}.${ip.version === 4 ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

/**
 * Is `ip` within `network`/`prefix`? Never across families. The whole bytes under the prefix
 * are compared, then the leading bits of the next: no address objects, as a batch asks this of
 * every service's ranges for every message.
 */
export function inNetwork(ip: IpAddress, network: IpAddress, prefix: number): boolean {
  if (ip.version !== network.version) return false;
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (ip.bytes[i] !== network.bytes[i]) return false;
  const rest = prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff00 >> rest) & 0xff;
  return ((ip.bytes[whole] ?? 0) & mask) === ((network.bytes[whole] ?? 0) & mask);
}

/**
 * An address from an A or AAAA answer: does it hold `ip` within `prefix` bits (the whole
 * address unless told)? Text that is not an address, or of the other family, never does.
 */
export function holds(address: string, ip: IpAddress, prefix?: number): boolean {
  const network = parseAddress(address.trim());
  const bits = prefix ?? (ip.version === 4 ? 32 : 128);
  return network !== undefined && inNetwork(ip, network, bits);
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

const NETWORKS = SPECIAL_RANGES.map((range) => parseAddress(range.prefix));

export function specialRange(ip: IpAddress): SpecialRange | undefined {
  return SPECIAL_RANGES.find((range, index) => {
    const network = NETWORKS[index];
    return network !== undefined && inNetwork(ip, network, range.length);
  });
}
