/**
 * The blocklist check: the sending IP against IP lists and the From / envelope domains against
 * domain lists, every zone with its RFC 5782 self-test, all queries in parallel.
 */
import { checkDomain } from '../address/domain.ts';
import { parseClientIp, specialRange, type IpAddress } from '../ip.ts';
import type { CheckContext, CheckResult } from '../types.ts';
import { lookups } from '../../dns/settle.ts';
import { lookupRow, runSelfTest, unaskedRow, type BlocklistRow, type SelfTest } from './lookup.ts';
import { listsThatMatter, type ProviderAdvice } from './provider-lists.ts';
import { DQS_KEY, keyLabels, keyText, zoneFor, type LookupKey } from './query-names.ts';
import { BLOCKLISTS } from './registry.ts';
import type { Blocklist, KeyType } from './types.ts';
import { blocklistFixes, headline } from './verdict.ts';

export interface BlocklistOptions {
  /** Spamhaus Data Query Service key: Spamhaus zones become <key>.zen.dq.spamhaus.net etc. */
  dqsKey?: string;
  /** Only these list ids (registry.ts); default: every list that is on by default. */
  lists?: readonly string[];
  /** The resolver is registered with lists that demand it (Barracuda). Default: false. */
  registeredResolver?: boolean;
  /** The provider family that bounced the mail ("microsoft", "google"...): its lists count most. */
  bouncingProvider?: string;
}

export interface BlocklistDetails {
  ip?: string;
  domains: string[];
  rows: BlocklistRow[];
  /** Lists or keys not looked up, and why. */
  skipped: { list: string; why: string }[];
  provider?: ProviderAdvice;
  dqs: boolean;
}

const MAX_DOMAINS = 2;
const MAX_NAME = 253;
const DQS_MASK = '<dqs-key>';

/** The check: the bouncing provider's lists count most; a DQS key asks Spamhaus's own zones. */
export function run(ctx: CheckContext): Promise<CheckResult<BlocklistDetails>> {
  return runBlocklists(ctx, { dqsKey: ctx.dqsKey, bouncingProvider: ctx.provider });
}

export async function runBlocklists(
  ctx: CheckContext,
  options: BlocklistOptions = {},
): Promise<CheckResult<BlocklistDetails>> {
  const dqsKey = options.dqsKey?.trim().toLowerCase() || undefined;
  const redact = (text: string): string => (dqsKey ? text.split(dqsKey).join(DQS_MASK) : text);
  const log = lookups(ctx.resolver, { signal: ctx.signal, redact });
  const advice = options.bouncingProvider ? listsThatMatter(options.bouncingProvider) : undefined;
  const providerLists = advice?.lists ?? [];
  const skipped: BlocklistDetails['skipped'] = [];

  const ip = sendingIp(ctx.sender.sendingIp, skipped);
  const domains = senderDomains(ctx);
  const keys: LookupKey[] = [
    ...(ip ? [{ type: ip.version === 4 ? ('ip4' as const) : ('ip6' as const), ip }] : []),
    ...domains.map((domain) => ({ type: 'domain' as const, domain })),
  ];
  const chosen = options.lists
    ? BLOCKLISTS.filter((list) => options.lists?.includes(list.id))
    : BLOCKLISTS.filter((list) => list.defaultOn);
  for (const id of options.lists ?? []) {
    if (!BLOCKLISTS.some((list) => list.id === id)) skipped.push({ list: id, why: 'no such list' });
  }

  const pending: Promise<BlocklistRow>[] = [];
  for (const list of chosen) {
    const listKeys = keys.filter((key) => list.keys.includes(key.type));
    if (listKeys.length === 0) {
      if (keys.length > 0) {
        skipped.push({ list: list.name, why: `covers ${list.keys.join('/')} only` });
      }
      continue;
    }
    if (list.access === 'key' && !(dqsKey && list.dqs)) {
      skipped.push({ list: list.name, why: 'needs a Spamhaus DQS key' });
      continue;
    }
    const zone = zoneFor(list, list.dqs ? dqsKey : undefined);
    const shownZone = redact(zone);
    const inputs = listKeys.map((key) => ({ list, key, zone, shownZone, providerLists }));
    const refusal = reasonNotToAsk(list, dqsKey, options);
    if (refusal) {
      pending.push(...inputs.map((input) => Promise.resolve(unaskedRow(input, refusal))));
      continue;
    }
    const tests = new Map<KeyType, Promise<SelfTest>>();
    for (const input of inputs) {
      if (`${keyLabels(input.key)}.${zone}`.length > MAX_NAME) {
        skipped.push({
          list: list.name,
          why: `${keyText(input.key)} is too long to look up under ${shownZone}`,
        });
        continue;
      }
      const test = tests.get(input.key.type) ?? runSelfTest(list, input.key.type, zone, log);
      tests.set(input.key.type, test);
      pending.push(lookupRow(input, test, log, redact));
    }
  }
  const rows = await Promise.all(pending);

  const head = headline(rows);
  const what = [ip?.text, ...domains].filter(Boolean).join(', ');
  return {
    id: 'blocklists',
    title: what ? `Blocklists for ${what}` : 'Blocklists',
    ...head,
    fixes: blocklistFixes(rows, advice, dqsKey !== undefined),
    queries: log.queries,
    details: { ip: ip?.text, domains, rows, skipped, provider: advice, dqs: dqsKey !== undefined },
  };
}

/** Why a list is not worth asking through this resolver, or undefined to ask it. */
function reasonNotToAsk(
  list: Blocklist,
  dqsKey: string | undefined,
  options: BlocklistOptions,
): string | undefined {
  if (list.access === 'registered' && !options.registeredResolver) {
    return `${list.publicResolver} Not asked: check it by hand.`;
  }
  if (list.dqs && dqsKey !== undefined && !DQS_KEY.test(dqsKey)) {
    return 'The Spamhaus DQS key given is not a valid key (letters and digits only); Spamhaus was not asked.';
  }
  return undefined;
}

function sendingIp(
  raw: string | undefined,
  skipped: BlocklistDetails['skipped'],
): IpAddress | undefined {
  if (!raw?.trim()) return undefined;
  const ip = parseClientIp(raw);
  if (!ip) {
    skipped.push({ list: 'IP lists', why: `"${raw}" is not a valid IP address` });
    return undefined;
  }
  const special = specialRange(ip);
  if (special) {
    // A private or test IP is "listed" by RFC 5782 test entries (127.0.0.2) or means nothing.
    skipped.push({
      list: 'IP lists',
      why: `${ip.text} is not a public IP (${special.name}); the bounce's Received chain may show the real one`,
    });
    return undefined;
  }
  return ip;
}

/** From and envelope domains, A-label form, valid, de-duplicated; at most two. */
function senderDomains(ctx: CheckContext): string[] {
  const { fromDomain, fromAddress, envelopeDomain, envelopeAddress } = ctx.sender;
  const candidates = [
    fromDomain ?? domainOf(fromAddress),
    envelopeDomain ?? domainOf(envelopeAddress),
  ];
  const domains = candidates
    .map((domain) => (domain ? checkDomain(domain.trim()).ascii : undefined))
    .filter((domain): domain is string => domain !== undefined);
  return [...new Set(domains)].slice(0, MAX_DOMAINS);
}

function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  return address && at >= 0 ? address.slice(at + 1).replace(/>$/, '') : undefined;
}
