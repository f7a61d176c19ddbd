/**
 * Which sending service sent the bounced message, read from the returned message's headers and
 * from the bounce's own words. Each sign says where it was seen, so the sender step can show how
 * the service was recognised; a recognition resting only on weak signs says so.
 */
import { parseIp, type IpAddress } from '../checks/ip.ts';
import type { Classification } from '../classify/types.ts';
import type { ParsedBounce } from '../parse/types.ts';
import { inSentence } from '../report/words.ts';
import { rangeHolding } from './ip-ranges.ts';
import { SENDING_SERVICES } from './registry.ts';
import { signIndex, type HeaderSignal, type SignIndex } from './sign-index.ts';
import type { SendingService } from './types.ts';

export type SignKind =
  | 'return-path'
  | 'dkim'
  | 'dkim-selector'
  | 'received'
  | 'ip'
  | 'header'
  | 'list-unsubscribe'
  | 'message-id'
  | 'bounce';

export interface RecognitionSign {
  kind: SignKind;
  /** What matched, as written ("em.sendgrid.net", "X-SG-EID", "167.89.1.2 in 167.89.0.0/17"). */
  text: string;
  /** Whether it was read from the returned message or from the bounce itself. */
  in: 'returned message' | 'bounce';
}

export interface Recognition {
  service: SendingService;
  signs: RecognitionSign[];
  /** Strong: one sign only the service leaves, or several. Weak: a hint the user should judge. */
  strength: 'strong' | 'weak';
  /** How it was recognised, in words, for the sender step ("the returned message's …"). */
  how: string;
}

/**
 * A selector is a convention other senders may follow too; a Received host or a Message-ID
 * shape is the service's own but can be relayed or copied; the rest only the service writes.
 */
const WEIGHT: Record<SignKind, number> = {
  'return-path': 3,
  dkim: 3,
  header: 3,
  bounce: 3,
  ip: 3,
  received: 2,
  'message-id': 2,
  'list-unsubscribe': 2,
  'dkim-selector': 1,
};
const STRONG = 3;

interface Facts {
  returnPath?: string;
  dkim: { domain: string; selector: string }[];
  hosts: string[];
  /** The IPs named, each read once: every service's ranges are asked about them. */
  ips: { ip: string; parsed: IpAddress; in: RecognitionSign['in'] }[];
  /**
   * The header fields some service asks about, as [lower-case name, value, name as written]:
   * a message has dozens of fields and the services ask about a few names.
   */
  headers: [string, string, string][];
  /** The same fields by lower-case name, in order. */
  headersNamed: Map<string, [string, string, string][]>;
  returnPathDomain?: string;
  messageIdDomain?: string;
  unsubscribeHosts: string[];
  messageId?: string;
  bounceText: string;
  reportingHosts: string[];
  format: string;
}

const lower = (text: string | undefined) => text?.trim().toLowerCase() ?? '';
const bare = (text: string | undefined) => lower(text).replace(/^<|>$/g, '');
const domainOfAddress = (text: string) => text.slice(text.lastIndexOf('@') + 1);
/**
 * The sending IP as receiving servers name it: Gmail's "SPF [d] with ip: [192.0.2.1]", "Client
 * host [192.0.2.1] blocked", Yahoo's "Messages from 192.0.2.1". Other IPs in a reply (the
 * receiving server's own, "mx.example[198.51.100.1]") say nothing about the sender.
 */
const SENDER_IP = /\b(?:with ip:|client host|messages? from)\s*\[?((?:\d{1,3}\.){3}\d{1,3})\b/gi;

function hostsIn(value: string): string[] {
  const hosts: string[] = [];
  for (const match of value.matchAll(/<(?:https?:\/\/([^/>:?\s]+)|mailto:[^@>\s]+@([^>?\s]+))/gi)) {
    const host = lower(match[1] ?? match[2]);
    if (host) hosts.push(host);
  }
  return hosts;
}

const hostOf = (value?: string) => lower(value).replace(/^\[|\]$/g, '');

/** What every service is asked about, read once per message (loops: a batch reads thousands). */
function factsOf(parsed: ParsedBounce, result: Classification | undefined, at: SignIndex): Facts {
  const original = parsed.original;
  const headers: Facts['headers'] = [];
  const headersNamed: Facts['headersNamed'] = new Map();
  const unsubscribeHosts: string[] = [];
  for (const [name, value] of original?.headers ?? []) {
    const lower = name.toLowerCase();
    if (lower === 'list-unsubscribe') unsubscribeHosts.push(...hostsIn(value));
    if (!at.headerNames.has(lower) && !at.headerPrefixes.some((p) => lower.startsWith(p))) continue;
    const field: [string, string, string] = [lower, value, name];
    headers.push(field);
    const same = headersNamed.get(lower);
    if (same) same.push(field);
    else headersNamed.set(lower, [field]);
  }
  const hosts: string[] = [];
  const ips: Facts['ips'] = [];
  const addIp = (ip: string | undefined, where: RecognitionSign['in']) => {
    const parsed = ip ? parseIp(ip) : undefined;
    if (parsed) ips.push({ ip: ip!, parsed, in: where });
  };
  for (const [i, hop] of (original?.received ?? []).entries()) {
    // The top hop's "by" is the server that received the message and returned it, the
    // recipient's side (mx.google.com for Gmail): it says nothing of how the message was sent.
    const from = hostOf(hop.from);
    if (from) hosts.push(from);
    const by = i === 0 ? '' : hostOf(hop.by);
    if (by) hosts.push(by);
    addIp(hop.ip, 'returned message');
  }
  const replyText = [result?.diagnostic, result?.source.context].filter(Boolean).join('\n');
  // The receiving server often names the IP it refused ("SPF [d] with ip: [192.0.2.1]").
  if (replyText) for (const match of replyText.matchAll(SENDER_IP)) addIp(match[1], 'bounce');
  let bounceText = replyText;
  const reportingHosts: string[] = [];
  for (const recipient of parsed.recipients) {
    bounceText += `\n${recipient.hintText ?? ''}`;
    const host = hostOf(recipient.reportingMta?.replace(/^dns;\s*/i, ''));
    if (host) reportingHosts.push(host);
  }
  const fromDomain = domainOfAddress(bare(parsed.bounceHeaders?.from));
  if (fromDomain) reportingHosts.push(fromDomain);
  const returnPath = bare(original?.returnPath) || undefined;
  const messageId = bare(original?.messageId) || undefined;
  return {
    returnPath,
    returnPathDomain: returnPath && domainOfAddress(returnPath),
    dkim: original?.dkim ?? [],
    hosts,
    ips,
    headers,
    headersNamed,
    unsubscribeHosts,
    messageId,
    messageIdDomain: messageId && domainOfAddress(messageId),
    bounceText,
    reportingHosts,
    format: parsed.format,
  };
}

function headerSigns(
  wanted: readonly HeaderSignal[],
  facts: Facts,
  add: (text: string) => void,
): void {
  for (const { name, prefix, value } of wanted) {
    const fields = prefix ? facts.headers : (facts.headersNamed.get(name) ?? []);
    for (const [field, text, written] of fields) {
      if (prefix && !field.startsWith(name)) continue;
      if (value && !value.test(text)) continue;
      add(written);
      break;
    }
  }
}

let index: SignIndex | undefined;
const signsIndex = () => (index ??= signIndex(SENDING_SERVICES));

/**
 * Every service's signs, by the service's position in the registry. Each kind of evidence is
 * read for all services at once, and a service's signs come in the same order as the kinds.
 */
function signsByService(facts: Facts, at: SignIndex): (RecognitionSign[] | undefined)[] {
  const signs: (RecognitionSign[] | undefined)[] = [];
  const add = (
    position: number,
    kind: SignKind,
    text: string,
    where: RecognitionSign['in'] = 'returned message',
  ) => (signs[position] ??= []).push({ kind, text, in: where });
  // Once per service and kind: the first host, IP or text that shows it.
  const firstOf = (kind: SignKind, where: RecognitionSign['in'] = 'returned message') => {
    const shown = new Set<number>();
    return (position: number, text: string) => {
      if (shown.has(position)) return;
      shown.add(position);
      add(position, kind, text, where);
    };
  };
  const path = facts.returnPath;
  if (path) {
    const shown = new Set<number>();
    at.envelope.holders(facts.returnPathDomain!, (position) => shown.add(position));
    for (const { position, value } of at.envelopePatterns)
      if (value.some((pattern) => pattern.test(path))) shown.add(position);
    for (const position of shown) add(position, 'return-path', path);
  }
  for (const signature of facts.dkim) {
    const domain = signature.domain.toLowerCase();
    const signed = new Set<number>();
    at.dkim.holders(domain, (position) => {
      signed.add(position);
      add(position, 'dkim', `d=${domain}`);
    });
    for (const { position, value } of at.dkimSelectors) {
      if (!signed.has(position) && value.some((pattern) => pattern.test(signature.selector)))
        add(position, 'dkim-selector', `s=${signature.selector}`);
    }
  }
  const received = firstOf('received');
  for (const host of facts.hosts) at.received.holders(host, (position) => received(position, host));
  for (const { position, value } of at.ipRanges) {
    for (const { ip, parsed, in: where } of facts.ips) {
      const range = rangeHolding(parsed, value);
      if (range) {
        add(position, 'ip', `${ip} (in ${range})`, where);
        break;
      }
    }
  }
  for (const { position, value } of at.headers)
    headerSigns(value, facts, (text) => add(position, 'header', text));
  const unsubscribe = firstOf('list-unsubscribe');
  for (const host of facts.unsubscribeHosts)
    at.unsubscribe.holders(host, (position) => unsubscribe(position, host));
  const id = facts.messageId;
  if (id) {
    const shown = new Set<number>();
    at.messageId.holders(facts.messageIdDomain!, (position) => shown.add(position));
    for (const { position, value } of at.messageIdPatterns)
      if (value.some((pattern) => pattern.test(id))) shown.add(position);
    for (const position of shown) add(position, 'message-id', id);
  }
  for (const { position, value } of at.bounceText) {
    for (const pattern of value) {
      const words = pattern.exec(facts.bounceText)?.[0];
      if (!words) continue;
      add(position, 'bounce', words, 'bounce');
      break;
    }
  }
  const reporting = firstOf('bounce', 'bounce');
  for (const host of facts.reportingHosts)
    at.reporting.holders(host, (position) => reporting(position, host));
  for (const position of at.formats.get(facts.format) ?? [])
    add(position, 'bounce', `${SENDING_SERVICES[position]!.name} notification`, 'bounce');
  return signs;
}

const PHRASE: Record<SignKind, (text: string) => string> = {
  'return-path': (text) => `Return-Path (${text})`,
  dkim: (text) => `DKIM signature (${text})`,
  'dkim-selector': (text) => `DKIM selector (${text})`,
  received: (text) => `Received header (${text})`,
  ip: (text) => `sending IP ${text}`,
  header: (text) => `${text} header`,
  'list-unsubscribe': (text) => `List-Unsubscribe link (${text})`,
  'message-id': (text) => `Message-ID (${text})`,
  bounce: (text) => `words “${text}”`,
};

function howOf(service: SendingService, signs: RecognitionSign[], strong: boolean): string {
  const shown = signs.slice(0, 3);
  const from = (where: RecognitionSign['in']) =>
    shown.filter((sign) => sign.in === where).map((sign) => PHRASE[sign.kind](sign.text));
  const parts = [
    from('returned message').length
      ? `the returned message’s ${inSentence(from('returned message'))}`
      : '',
    from('bounce').length ? `the bounce’s ${inSentence(from('bounce'))}` : '',
  ].filter(Boolean);
  const what = inSentence(parts);
  return strong
    ? what
    : `a hint only: ${what}, which ${service.name} uses but others may too. Change it if you send through another service`;
}

interface Ranked {
  service: SendingService;
  signs: RecognitionSign[];
  score: number;
}

/** The services with signs, the most likely first: found in registry order, which breaks ties. */
function ranked(parsed: ParsedBounce, result: Classification | undefined): Ranked[] {
  const found: Ranked[] = [];
  const at = signsIndex();
  for (const [order, signs] of signsByService(factsOf(parsed, result, at), at).entries()) {
    if (!signs) continue;
    const score = signs.reduce((sum, sign) => sum + WEIGHT[sign.kind], 0);
    signs.sort((a, b) => WEIGHT[b.kind] - WEIGHT[a.kind]);
    found.push({ service: SENDING_SERVICES[order]!, signs, score });
  }
  return found.sort((a, b) => b.score - a.score);
}

function recognition({ service, signs, score }: Ranked): Recognition {
  const strong = score >= STRONG;
  return {
    service,
    signs,
    strength: strong ? 'strong' : 'weak',
    how: howOf(service, signs, strong),
  };
}

/** Every service with at least one sign, the most likely first. */
export function recogniseServices(parsed: ParsedBounce, result?: Classification): Recognition[] {
  return ranked(parsed, result).map(recognition);
}

/** The most likely sending service, when the bounce shows any (the others are not described). */
export function recogniseService(
  parsed: ParsedBounce,
  result?: Classification,
): Recognition | undefined {
  const [best] = ranked(parsed, result);
  return best && recognition(best);
}
