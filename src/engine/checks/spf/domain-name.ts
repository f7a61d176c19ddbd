/**
 * Domain names in SPF: the checks on the <domain> given to check_host() (RFC 7208 s4.3), the
 * "toplabel" rule of domain-spec (s7.1) and turning an expanded domain-spec into a name DNS can
 * be asked about (s7.3 truncation, RFC 1035 label lengths).
 */
import { SPF_LIMITS } from './limits.ts';

/**
 * s7.1 toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
 * Tested on the whole label, so "xn--zckzah" matches the second form (the suite's
 * "a-dash-in-toplabel" trap for non-greedy parsers).
 */
const TOPLABEL = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$/;
const HOST_LABEL = /^[A-Za-z0-9_-]+$/;

export function isToplabel(label: string): boolean {
  return TOPLABEL.test(label);
}

function withoutTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** A-labels for a name typed with non-ASCII characters (RFC 5890), via the URL parser. */
function toAscii(name: string): string | undefined {
  if (!/[^\x20-\x7e]/.test(name)) return name;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * s4.3: check_host() returns "none" at once when <domain> is malformed (a label longer than 63
 * characters, an empty label, an address literal...) or is not a multi-label name. We also
 * require the last label to be a toplabel (s7.1), which rules out bare IP addresses.
 * Returns the name without a trailing dot, or undefined.
 */
export function initialDomain(input: string): string | undefined {
  const ascii = toAscii(input.trim());
  if (ascii === undefined) return undefined;
  const name = withoutTrailingDot(ascii);
  if (name.length === 0 || name.length > SPF_LIMITS.nameLength) return undefined;
  const labels = name.split('.');
  if (labels.length < 2) return undefined;
  for (const label of labels) {
    if (label.length === 0 || label.length > SPF_LIMITS.labelLength) return undefined;
    if (!HOST_LABEL.test(label)) return undefined;
  }
  return isToplabel(labels.at(-1) ?? '') ? name : undefined;
}

/**
 * An expanded domain-spec as a query name. s7.3: over 253 characters, labels are removed from
 * the left until it fits. A name DNS cannot carry (empty or over-long label) comes back
 * undefined and is treated as a name that does not exist: RFC 7208 leaves this undefined
 * (s4.8, the test suite's "invalid-domain-*" cases accept fail or permerror) and treating it
 * like NXDOMAIN keeps a mechanism from matching on a name nobody can publish.
 */
export function queryName(expanded: string): string | undefined {
  let name = withoutTrailingDot(expanded);
  while (name.length > SPF_LIMITS.nameLength) {
    const dot = name.indexOf('.');
    if (dot < 0) return undefined;
    name = name.slice(dot + 1);
  }
  if (name.length === 0) return undefined;
  const labels = name.split('.');
  if (labels.some((label) => label.length === 0 || label.length > SPF_LIMITS.labelLength)) {
    return undefined;
  }
  return name;
}

/** Names compare without case and without the trailing dot (RFC 4343). */
export function sameName(a: string, b: string): boolean {
  return withoutTrailingDot(a).toLowerCase() === withoutTrailingDot(b).toLowerCase();
}

/** s5.5: "match the <target-name> domain or are a subdomain of the <target-name> domain". */
export function isSameOrSubdomain(name: string, parent: string): boolean {
  const child = withoutTrailingDot(name).toLowerCase();
  const root = withoutTrailingDot(parent).toLowerCase();
  return child === root || child.endsWith(`.${root}`);
}
