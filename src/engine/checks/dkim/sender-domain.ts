/**
 * Domain names out of SenderDetails, normalised the way DNS compares them: lower case, no
 * trailing dot (RFC 4343 s2: DNS names compare case-insensitively).
 */
import { normaliseName } from '../../dns/names.ts';
import type { SenderDetails } from '../types.ts';

/** U-labels become A-labels (RFC 9989 s5.3.1, RFC 5890 s2.3) via the WHATWG URL parser. */
function toAscii(domain: string): string {
  if (!/[^ -~]/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return domain;
  }
}

/** The domain of an address such as "Ann <ann@Example.com>" or a bare "example.com". */
export function domainOfAddress(address: string): string | undefined {
  const inner = /<([^>]*)>/.exec(address)?.[1] ?? address;
  const at = inner.lastIndexOf('@');
  const domain = toAscii(normaliseName(at >= 0 ? inner.slice(at + 1) : inner));
  return /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/.test(domain) ? domain : undefined;
}

export function fromDomainOf(sender: SenderDetails): string | undefined {
  if (sender.fromDomain) return domainOfAddress(sender.fromDomain);
  return sender.fromAddress ? domainOfAddress(sender.fromAddress) : undefined;
}

/** SPF's MAIL FROM identity (RFC 7208 s2.4); an empty envelope sender has none. */
export function envelopeDomainOf(sender: SenderDetails): string | undefined {
  if (sender.envelopeDomain) return domainOfAddress(sender.envelopeDomain);
  return sender.envelopeAddress ? domainOfAddress(sender.envelopeAddress) : undefined;
}
