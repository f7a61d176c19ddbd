/**
 * The reverse-DNS check for the sending IP: a PTR record, forward confirmation (FCrDNS, the
 * "iprev" of RFC 8601 s3), names that look generic, more than one PTR, and the HELO name.
 * Gmail, Yahoo, Apple, AT&T and Comcast want FCrDNS from every sender; Microsoft wants a PTR
 * for IPv6 senders (auth-facts.md, PTR / FCrDNS).
 */
import type { CheckContext, CheckResult, Verdict } from '../types.ts';
import { parseIp, reverseName, specialRange, unmapIPv4 } from '../ip.ts';
import { digCommand, explainDnsError } from '../../dns/failure-words.ts';
import { lookups } from '../../dns/settle.ts';
import { confirmForward, iprevResult, MAX_PTR_NAMES } from './fcrdns.ts';
import { genericSigns } from './generic.ts';
import { normaliseName } from '../../dns/names.ts';
import { assessHelo, lookupHelo } from './helo.ts';
import { headlineOf, type Item } from '../items.ts';
import type { ReverseDnsDetails } from './details.ts';
import { reverseItems } from './findings.ts';

export type { ReverseDnsDetails } from './details.ts';

export async function run(ctx: CheckContext): Promise<CheckResult<ReverseDnsDetails>> {
  const log = lookups(ctx.resolver, { signal: ctx.signal });
  const input = ctx.sender.sendingIp?.trim() ?? '';
  const title = input === '' ? 'Reverse DNS of the sending IP' : `Reverse DNS of ${input}`;
  type Extra = Partial<Pick<CheckResult, 'unknownReason' | 'manualCheck' | 'fixes'>>;
  const result = (
    verdict: Verdict,
    finding: string,
    details: ReverseDnsDetails,
    extra: Extra = {},
  ): CheckResult<ReverseDnsDetails> => ({
    id: 'reverse-dns',
    title,
    verdict,
    finding,
    fixes: [],
    queries: log.queries,
    details,
    ...extra,
  });
  const details: ReverseDnsDetails = { input, forward: [], generic: [] };

  if (input === '') {
    return result('unknown', 'The bounce does not show which IP sent the message.', details, {
      unknownReason: 'No sending IP is known.',
      manualCheck:
        'Find the first Received: header added by the receiving side ("from ... [IP]") and enter that IP.',
    });
  }
  const given = parseIp(input);
  if (!given) {
    return result('unknown', `"${input}" is not a valid IP address.`, details, {
      unknownReason: 'The sending IP could not be read.',
      manualCheck: 'Copy the IP from the Received: header, e.g. 192.0.2.1 or 2001:db8::1.',
    });
  }
  const mapped = unmapIPv4(given);
  const ip = mapped ?? given;
  Object.assign(details, {
    ip: ip.text,
    version: ip.version,
    mappedFrom: mapped ? given.text : undefined,
  });
  const special = specialRange(ip);
  if (special) {
    details.specialRange = special;
    return result(
      'warn',
      `${ip.text} is not a public IP (${special.name}); the bounce's Received chain may show the real one.`,
      details,
      {
        fixes: [
          {
            text: 'Look further down the Received: headers for the first public IP your mail left from, and check that one.',
            links: [{ label: special.name, url: special.source }],
          },
        ],
      },
    );
  }

  const ptrName = reverseName(ip);
  details.reverseName = ptrName;
  const helo = ctx.sender.helo ? normaliseName(ctx.sender.helo) : undefined;
  // The HELO lookup does not depend on the PTR answer, so both go out together.
  const [ptr, heloForward] = await Promise.all([
    log.lookup(ptrName, 'PTR'),
    helo ? lookupHelo(helo, ip, log) : undefined,
  ]);

  const items: Item[] = [];
  if (ptr.kind === 'error') {
    details.ptr = { status: 'error', names: [], total: 0, notFollowed: 0 };
    details.iprev = 'temperror';
    items.push({
      verdict: 'unknown',
      text: `Could not look up the PTR record of ${ip.text}.`,
      unknownReason: explainDnsError(ptr.error),
      manualCheck: digCommand(ptrName, 'PTR'),
    });
  } else {
    const all =
      ptr.kind === 'ok'
        ? [
            ...new Set(
              ptr.records
                .map((name) => name.toLowerCase().replace(/\.$/, ''))
                .filter((n) => n !== ''),
            ),
          ]
        : [];
    const names = all.slice(0, MAX_PTR_NAMES);
    details.ptr = {
      status: ptr.kind,
      names: all.slice(0, 100),
      total: all.length,
      notFollowed: all.length - names.length,
    };
    details.forward = await confirmForward(names, ip, log);
    details.iprev = iprevResult(details.forward);
    details.generic = names
      .map((name) => ({ name, signs: genericSigns(name, ip) }))
      .filter((g) => g.signs.length > 0);
  }
  if (helo) details.helo = assessHelo(helo, details.ptr?.names ?? [], heloForward);
  items.push(...reverseItems(ip, ptrName, details, ctx.sender.fromDomain));

  const { verdict, headline, unknown, fixes } = headlineOf(items);
  const summary = summaryOf(ip.text, details);
  const finding = headline && headline.text !== summary ? `${summary} ${headline.text}` : summary;
  return result(verdict, finding, details, { ...unknown, fixes });
}

/** The PTR/FCrDNS state in one sentence, which every finding starts with. */
function summaryOf(ip: string, details: ReverseDnsDetails): string {
  const names = details.ptr?.names ?? [];
  const total = details.ptr?.total ?? 0;
  const shown = names.slice(0, 3).join(', ') + (total > 3 ? ` and ${total - 3} more` : '');
  switch (details.iprev) {
    case 'pass':
      return `${ip} has PTR ${shown}, which resolves back to it (FCrDNS passes).`;
    case 'fail':
      return `${ip} has PTR ${shown}, but no PTR name resolves back to ${ip} (FCrDNS fails).`;
    case 'permerror':
      return `${ip} has no PTR record.`;
    default:
      return names.length > 0
        ? `${ip} has PTR ${shown}; could not confirm it resolves back.`
        : `Could not check the PTR record of ${ip}.`;
  }
}
