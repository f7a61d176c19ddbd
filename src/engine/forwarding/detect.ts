/**
 * Whether the failed hop was a forward, a mailing list or a relay, from what the bounce and the
 * returned message show: an SRS envelope sender (SRS0=/SRS1=, the Sender Rewriting Scheme), a
 * recipient expanded into another domain's address (Postfix orig_to=, RFC 3464
 * Original-Recipient, Delivered-To / X-Original-To), Gmail's X-Forwarded-To, a list's own headers
 * (Google Groups, Mailman), or an ARC seal (RFC 8617) added on the way.
 */
import type { Classification } from '../classify/types.ts';
import type { OriginalMessage, ParsedBounce } from '../parse/types.ts';
import { forwardingServiceOf } from './forwarding-services.ts';

export type ForwardingKind = 'srs' | 'alias' | 'list' | 'forward-header' | 'arc' | 'forwarding-mx';

export interface ForwardingSign {
  kind: ForwardingKind;
  /** What was seen, as written. */
  text: string;
  /** Where, in words ("the returned message's Return-Path"). */
  where: string;
}

export interface Forwarding {
  /** Who forwarded: a domain, a list address or a forwarding service's name. */
  forwarder: string;
  /** What kind of forwarder it is, for the words of the advice. */
  by: 'domain' | 'list' | 'mailbox' | 'service';
  /** The list software, when a list relayed it. */
  list?: 'Google Groups' | 'Mailman';
  /** The forwarder rewrites the envelope sender (SRS seen, or its documentation says so). */
  srs: boolean;
  /** The address the message was sent to before it was forwarded, when the bounce shows it. */
  forwardedFrom?: string;
  signs: ForwardingSign[];
}

// SRS0=HHH=TT=orig-domain=orig-local@forwarder; SRS1=HHH=first-forwarder==HHH=TT=…@forwarder.
// https://www.libsrs2.org/srs/srs.pdf (the scheme's paper, section 4)
const SRS = /\bSRS([01])[=+-][^@\s<>]*?@([a-z0-9.-]+\.[a-z]{2,})/i;
const SRS0_ORIGIN = /\bSRS0[=+-][^=]+=[^=]+=([^=@\s]+)=([^@\s=]+)@/i;
const ADDRESS = /[^\s<>"(),;:@]+@[a-z0-9.-]+\.[a-z]{2,}/i;

const domainOf = (address: string | undefined) =>
  address
    ?.slice(address.lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/[>.]+$/, '');
const addressIn = (text: string | undefined) => text?.match(ADDRESS)?.[0].toLowerCase();

function header(original: OriginalMessage | undefined, name: string): string | undefined {
  return original?.headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function srsSign(
  parsed: ParsedBounce,
  result: Classification | undefined,
): ForwardingSign | undefined {
  const original = parsed.original;
  const places: [string | undefined, string][] = [
    [original?.returnPath, 'the returned message’s Return-Path'],
    ...(original?.headers ?? []).map(([name, value]): [string, string] => [
      value,
      `the returned message’s ${name} header`,
    ]),
    [result?.diagnostic, 'the receiving server’s reply'],
    [result?.source.context, 'the bounce’s text'],
  ];
  for (const [text, where] of places) {
    const match = text ? SRS.exec(text) : null;
    if (match) return { kind: 'srs', text: match[0], where };
  }
  return undefined;
}

function aliasSign(
  parsed: ParsedBounce,
  result: Classification | undefined,
): ForwardingSign | undefined {
  const final = result?.recipient.toLowerCase();
  const finalDomain = domainOf(final);
  if (!final || !finalDomain) return undefined;
  const candidates: [string | undefined, string][] = [
    [
      result?.source.originalRecipient,
      'the bounce’s original recipient (Original-Recipient, or orig_to= in a log line)',
    ],
    [
      addressIn(header(parsed.original, 'delivered-to')),
      'the returned message’s Delivered-To header',
    ],
    [
      addressIn(header(parsed.original, 'x-original-to')),
      'the returned message’s X-Original-To header',
    ],
  ];
  for (const [address, where] of candidates) {
    const domain = domainOf(address);
    if (address?.includes('@') && domain && domain !== finalDomain)
      return { kind: 'alias', text: `${address.toLowerCase()} → ${final}`, where };
  }
  return undefined;
}

function listSign(
  original: OriginalMessage | undefined,
): (ForwardingSign & { list: Forwarding['list']; address?: string }) | undefined {
  const post = addressIn(header(original, 'list-post'));
  const google =
    header(original, 'x-google-group-id') !== undefined ||
    /googlegroups\.com/i.test(
      `${header(original, 'list-id') ?? ''} ${header(original, 'mailing-list') ?? ''}`,
    );
  if (google) {
    const address = post ?? addressIn(header(original, 'mailing-list'));
    return {
      kind: 'list',
      list: 'Google Groups',
      address,
      text: address ?? 'Google Groups',
      where: 'the returned message’s list headers',
    };
  }
  const mailman = header(original, 'x-mailman-version');
  if (mailman !== undefined) {
    const address = post ?? addressIn(header(original, 'x-beenthere'));
    return {
      kind: 'list',
      list: 'Mailman',
      address,
      text: `Mailman ${mailman}`.trim(),
      where: 'the returned message’s X-Mailman-Version header',
    };
  }
  return undefined;
}

function forwardHeaderSign(
  original: OriginalMessage | undefined,
): (ForwardingSign & { mailbox?: string }) | undefined {
  const to = header(original, 'x-forwarded-to');
  const forWho = header(original, 'x-forwarded-for');
  if (to === undefined && forWho === undefined) return undefined;
  return {
    kind: 'forward-header',
    text: `X-Forwarded-To: ${to ?? forWho ?? ''}`.trim(),
    where: 'the returned message’s X-Forwarded-To / X-Forwarded-For headers',
    mailbox: addressIn(forWho),
  };
}

/**
 * An ARC seal names the intermediary that added it (d=). Exchange Online seals the mail of its
 * own senders (d=microsoft.com), and a sender may seal its own mail: neither is a forward.
 */
function arcSign(original: OriginalMessage | undefined): ForwardingSign | undefined {
  const fromDomain = domainOf(addressIn(original?.from));
  for (const [name, value] of original?.headers ?? []) {
    if (name.toLowerCase() !== 'arc-seal') continue;
    const domain = /\bd=([a-z0-9.-]+)/i.exec(value)?.[1]?.toLowerCase();
    if (!domain || domain === 'microsoft.com' || domain === fromDomain) continue;
    if (fromDomain && fromDomain.endsWith(`.${domain}`)) continue;
    return {
      kind: 'arc',
      text: `ARC-Seal ${/\bi=\d+/.exec(value)?.[0] ?? ''} d=${domain}`.replace('  ', ' '),
      where: 'the returned message’s ARC-Seal header',
    };
  }
  return undefined;
}

export function forwardingIn(
  parsed: ParsedBounce,
  result?: Classification,
): Forwarding | undefined {
  const original = parsed.original;
  const srs = srsSign(parsed, result);
  const alias = aliasSign(parsed, result);
  const list = listSign(original);
  const forwarded = forwardHeaderSign(original);
  const arc = arcSign(original);
  const signs = [srs, list, forwarded, alias, arc].filter(
    (s): s is ForwardingSign => s !== undefined,
  );
  if (signs.length === 0) return undefined;
  const srsDomain = srs ? SRS.exec(srs.text)?.[2]?.toLowerCase() : undefined;
  const aliasFrom = alias?.text.split(' → ')[0];
  const base = {
    srs: srs !== undefined,
    signs: signs.map(({ kind, text, where }) => ({ kind, text, where })),
    ...(aliasFrom ? { forwardedFrom: aliasFrom } : {}),
  };
  if (list)
    return {
      ...base,
      forwarder: list.address ?? list.list ?? 'the list',
      by: 'list',
      list: list.list,
    };
  if (srsDomain) return { ...base, forwarder: srsDomain, by: 'domain' };
  if (forwarded)
    return { ...base, forwarder: forwarded.mailbox ?? 'the forwarding mailbox', by: 'mailbox' };
  if (aliasFrom) return { ...base, forwarder: domainOf(aliasFrom) ?? aliasFrom, by: 'domain' };
  const sealer = arc ? /d=(\S+)$/.exec(arc.text)?.[1] : undefined;
  return { ...base, forwarder: sealer ?? 'an intermediary', by: 'domain' };
}

/** The original sender's domain an SRS0 address carries, when it is one. */
export function srsOrigin(text: string): string | undefined {
  return SRS0_ORIGIN.exec(text)?.[1]?.toLowerCase();
}

/** A recipient domain whose MX is a forwarding service: every message to it is forwarded. */
export function forwardingByMx(mxHosts: readonly string[]): Forwarding | undefined {
  for (const host of mxHosts) {
    const service = forwardingServiceOf(host);
    if (service) {
      return {
        forwarder: service.name,
        by: 'service',
        srs: service.srs === true,
        signs: [{ kind: 'forwarding-mx', text: host, where: 'the recipient domain’s MX records' }],
      };
    }
  }
  return undefined;
}
