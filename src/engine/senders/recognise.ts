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
  /** Header fields as [lower-case name, value, name as written]. */
  headers: [string, string, string][];
  /** The same fields by lower-case name, in order: each service asks for a few names. */
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
/** `name` is `suffix` or a name under it (a batch asks this of every service for every host). */
const isUnder = (name: string, suffix: string) =>
  name.length === suffix.length
    ? name === suffix
    : name.length > suffix.length &&
      name.charCodeAt(name.length - suffix.length - 1) === 46 &&
      name.endsWith(suffix);

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

function factsOf(parsed: ParsedBounce, result: Classification | undefined): Facts {
  const original = parsed.original;
  const headers = (original?.headers ?? []).map(([name, value]): [string, string, string] => [
    name.toLowerCase(),
    value,
    name,
  ]);
  const hostOf = (value?: string) => lower(value).replace(/^\[|\]$/g, '');
  const recipients = parsed.recipients;
  const replyText = [result?.diagnostic, result?.source.context].filter(Boolean).join('\n');
  const headersNamed = new Map<string, [string, string, string][]>();
  for (const field of headers) {
    const same = headersNamed.get(field[0]);
    if (same) same.push(field);
    else headersNamed.set(field[0], [field]);
  }
  const returnPath = bare(original?.returnPath) || undefined;
  const messageId = bare(original?.messageId) || undefined;
  return {
    returnPath,
    returnPathDomain: returnPath && domainOfAddress(returnPath),
    dkim: original?.dkim ?? [],
    // The top hop's "by" is the server that received the message and returned it, the
    // recipient's side (mx.google.com for Gmail): it says nothing of how the message was sent.
    hosts: (original?.received ?? [])
      .flatMap((hop, i) => (i === 0 ? [hostOf(hop.from)] : [hostOf(hop.from), hostOf(hop.by)]))
      .filter((host) => host !== ''),
    ips: [
      ...(original?.received ?? []).map((hop) => ({
        ip: hop.ip ?? '',
        in: 'returned message' as const,
      })),
      // The receiving server often names the IP it refused ("SPF [d] with ip: [192.0.2.1]").
      ...[...replyText.matchAll(SENDER_IP)].map((m) => ({ ip: m[1] ?? '', in: 'bounce' as const })),
    ].flatMap(({ ip, in: where }) => {
      const parsed = ip ? parseIp(ip) : undefined;
      return parsed ? [{ ip, parsed, in: where }] : [];
    }),
    headers,
    headersNamed,
    unsubscribeHosts: headers
      .filter(([name]) => name === 'list-unsubscribe')
      .flatMap(([, value]) => hostsIn(value)),
    messageId,
    messageIdDomain: messageId && domainOfAddress(messageId),
    bounceText: [replyText, ...recipients.map((r) => r.hintText ?? '')].join('\n'),
    reportingHosts: [
      ...recipients.map((r) => hostOf(r.reportingMta?.replace(/^dns;\s*/i, ''))),
      domainOfAddress(bare(parsed.bounceHeaders?.from)),
    ].filter((host) => host !== ''),
    format: parsed.format,
  };
}

function headerSign(service: SendingService, facts: Facts): RecognitionSign[] {
  const signs: RecognitionSign[] = [];
  for (const wanted of service.signals.headers ?? []) {
    const prefix = wanted.name.endsWith('*') ? wanted.name.slice(0, -1) : undefined;
    const candidates = prefix
      ? facts.headers.filter(([name]) => name.startsWith(prefix))
      : (facts.headersNamed.get(wanted.name) ?? []);
    const found = candidates.find(([, value]) => !wanted.value || wanted.value.test(value));
    if (found) signs.push({ kind: 'header', text: found[2], in: 'returned message' });
  }
  return signs;
}

function signsOf(service: SendingService, facts: Facts): RecognitionSign[] {
  const s = service.signals;
  const signs: RecognitionSign[] = [];
  const add = (kind: SignKind, text: string, where: RecognitionSign['in'] = 'returned message') =>
    signs.push({ kind, text, in: where });
  const path = facts.returnPath;
  if (path) {
    const domain = facts.returnPathDomain!;
    if (
      s.envelopeDomains?.some((d) => isUnder(domain, d)) ||
      s.envelopePatterns?.some((p) => p.test(path))
    )
      add('return-path', path);
  }
  for (const signature of facts.dkim) {
    const domain = signature.domain.toLowerCase();
    if (s.dkimDomains?.some((d) => isUnder(domain, d))) add('dkim', `d=${domain}`);
    else if (s.dkimSelectors?.some((p) => p.test(signature.selector)))
      add('dkim-selector', `s=${signature.selector}`);
  }
  const host = facts.hosts.find((h) => s.receivedHosts?.some((d) => isUnder(h, d)));
  if (host) add('received', host);
  for (const { ip, parsed, in: where } of facts.ips) {
    const range = s.ipRanges && rangeHolding(parsed, s.ipRanges);
    if (range) {
      add('ip', `${ip} (in ${range})`, where);
      break;
    }
  }
  signs.push(...headerSign(service, facts));
  const unsubscribe = facts.unsubscribeHosts.find((h) =>
    s.unsubscribeHosts?.some((d) => isUnder(h, d)),
  );
  if (unsubscribe) add('list-unsubscribe', unsubscribe);
  const id = facts.messageId;
  if (id) {
    const domain = facts.messageIdDomain!;
    if (
      s.messageIdDomains?.some((d) => isUnder(domain, d)) ||
      s.messageIdPatterns?.some((p) => p.test(id))
    )
      add('message-id', id);
  }
  for (const pattern of s.bounceText ?? []) {
    const words = pattern.exec(facts.bounceText)?.[0];
    if (!words) continue;
    add('bounce', words, 'bounce');
    break;
  }
  const reporting = facts.reportingHosts.find((h) => s.reportingHosts?.some((d) => isUnder(h, d)));
  if (reporting) add('bounce', reporting, 'bounce');
  if (s.formats?.includes(facts.format)) add('bounce', `${service.name} notification`, 'bounce');
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

/** Every service with at least one sign, the most likely first. */
export function recogniseServices(parsed: ParsedBounce, result?: Classification): Recognition[] {
  const facts = factsOf(parsed, result);
  const found = SENDING_SERVICES.flatMap((service, order) => {
    const signs = signsOf(service, facts);
    if (signs.length === 0) return [];
    const score = signs.reduce((sum, sign) => sum + WEIGHT[sign.kind], 0);
    signs.sort((a, b) => WEIGHT[b.kind] - WEIGHT[a.kind]);
    return [{ service, signs, score, order }];
  });
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return found.map(({ service, signs, score }) => {
    const strong = score >= STRONG;
    return {
      service,
      signs,
      strength: strong ? 'strong' : 'weak',
      how: howOf(service, signs, strong),
    };
  });
}

/** The most likely sending service, when the bounce shows any. */
export function recogniseService(
  parsed: ParsedBounce,
  result?: Classification,
): Recognition | undefined {
  return recogniseServices(parsed, result)[0];
}
