/**
 * The SMTP client IP as SPF sees it (RFC 7208 s5, s7.3): strict parsing, IPv4-mapped IPv6
 * treated as IPv4, CIDR comparison, the reverse-lookup name, and the forms the macros need.
 */

export interface SpfIp {
  family: 4 | 6;
  /** 4 or 16 bytes, network order. */
  bytes: Uint8Array;
  /**
   * IPv6 only: the 32 hex digits as written (case kept), for %{i} (s7.3). DNS does not care
   * about case; keeping it reproduces both the RFC's lower-case examples and tools that print
   * addresses in capitals.
   */
  digits?: string;
}

const IPV4_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** s5.6 ip4-network: four decimal octets without leading zeros. */
export function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    if (!IPV4_OCTET.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes[index] = value;
  }
  return bytes;
}

function groupsOf(side: string): string[] | undefined {
  if (side === '') return [];
  const groups = side.split(':');
  const last = groups.at(-1) ?? '';
  if (last.includes('.')) {
    const v4 = parseIpv4(last);
    if (!v4) return undefined;
    const hex = Array.from(v4, (byte) => byte.toString(16).padStart(2, '0'));
    groups.splice(-1, 1, `${hex[0]}${hex[1]}`, `${hex[2]}${hex[3]}`);
  }
  return groups.every((group) => HEX_GROUP.test(group)) ? groups : undefined;
}

/** RFC 4291 s2.2 text forms, including "::" and a trailing dotted quad; no zone ids. */
export function parseIpv6(text: string): { bytes: Uint8Array; digits: string } | undefined {
  if (text.length < 2 || text.length > 45) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const left = groupsOf(halves[0] ?? '');
  const right = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!left || !right) return undefined;
  // A dotted quad may only end the address.
  if (halves.length === 2 && (halves[0] ?? '').includes('.')) return undefined;
  const present = left.length + right.length;
  if (halves.length === 1 ? present !== 8 : present > 7) return undefined;
  const groups = [...left, ...Array<string>(8 - present).fill('0'), ...right];
  const digits = groups.map((group) => group.padStart(4, '0')).join('');
  const bytes = new Uint8Array(16);
  for (let index = 0; index < 16; index++) {
    bytes[index] = parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  }
  return { bytes, digits };
}

function isV4Mapped(bytes: Uint8Array): boolean {
  for (let index = 0; index < 10; index++) if (bytes[index] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * The client IP. s5: "an IPv4-mapped IPv6 address ... MUST still be considered an IPv4
 * address", so ::ffff:192.0.2.1 comes back as family 4.
 */
export function parseClientIp(input: string): SpfIp | undefined {
  const text = input.trim();
  if (!text.includes(':')) {
    const bytes = parseIpv4(text);
    return bytes ? { family: 4, bytes } : undefined;
  }
  const v6 = parseIpv6(text);
  if (!v6) return undefined;
  if (isV4Mapped(v6.bytes)) return { family: 4, bytes: v6.bytes.slice(12) };
  return { family: 6, bytes: v6.bytes, digits: v6.digits };
}

/** Does `ip` fall within `network`/`prefix`? Both must be of the same length. */
export function inNetwork(ip: Uint8Array, network: Uint8Array, prefix: number): boolean {
  if (ip.length !== network.length) return false;
  const whole = Math.floor(prefix / 8);
  for (let index = 0; index < whole; index++) if (ip[index] !== network[index]) return false;
  const rest = prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((ip[whole] ?? 0) & mask) === ((network[whole] ?? 0) & mask);
}

/** An address from an A or AAAA answer, compared with the client IP. */
export function addressMatches(ip: SpfIp, address: string, prefix: number): boolean {
  if (ip.family === 4) {
    const bytes = parseIpv4(address.trim());
    return bytes !== undefined && inNetwork(ip.bytes, bytes, prefix);
  }
  const v6 = parseIpv6(address.trim());
  return v6 !== undefined && inNetwork(ip.bytes, v6.bytes, prefix);
}

function hexDigits(ip: SpfIp): string {
  return ip.digits ?? Array.from(ip.bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** s7.3 %{i}: dotted quad, or 32 dot-separated nibbles for IPv6. */
export function dottedIp(ip: SpfIp): string {
  return ip.family === 4 ? ip.bytes.join('.') : hexDigits(ip).split('').join('.');
}

/** s5.5: the name to ask PTR for (in-addr.arpa / ip6.arpa). */
export function reverseName(ip: SpfIp): string {
  if (ip.family === 4) return `${[...ip.bytes].reverse().join('.')}.in-addr.arpa`;
  return `${hexDigits(ip).toLowerCase().split('').reverse().join('.')}.ip6.arpa`;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of 2+ zero groups as "::". */
export function formatIpv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) {
    groups.push(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
    start = end;
  }
  const text = groups.map((group) => group.toString(16));
  if (bestStart < 0) return text.join(':');
  const head = text.slice(0, bestStart).join(':');
  const tail = text.slice(bestStart + bestLength).join(':');
  return `${head}::${tail}`;
}

/** s7.3 %{c}: the address in its usual readable form. */
export function readableIp(ip: SpfIp): string {
  return ip.family === 4 ? ip.bytes.join('.') : formatIpv6(ip.bytes);
}

/** s7.3 %{v}: "in-addr" for IPv4, "ip6" for IPv6. */
export function ipVersionLabel(ip: SpfIp): string {
  return ip.family === 4 ? 'in-addr' : 'ip6';
}

/** s5.3/s5.4: the address record type that matters for this client. */
export function addressType(ip: SpfIp): 'A' | 'AAAA' {
  return ip.family === 4 ? 'A' : 'AAAA';
}
