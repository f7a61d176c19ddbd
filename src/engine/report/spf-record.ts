/**
 * One SPF record to publish, never two alternatives: a domain has one SPF record (RFC 7208
 * s3.2; two are a permerror, s4.5). Whatever the SPF check found — several records, includes
 * that point nowhere, ptr, a permissive "all", a missing sender — is merged into the record the
 * domain already has, and the result is shown once, with its DNS lookup count (s4.6.4: at most
 * 10). When the result would need more than 10, no record is offered and the text says why.
 */
import { asTxtStrings, mergeRecords, withAll, withoutPtr } from '../checks/spf/record-edit.ts';
import type { CheckResult, Fix } from '../checks/types.ts';
import type { Forwarding } from '../forwarding/detect.ts';
import type { SendingService } from '../senders/types.ts';

/** One record of the SPF check's walk (checks/spf/inspect.ts), as far as it is read here. */
export interface Inspected {
  domain: string;
  via: string;
  status: string;
  spfRecords: string[];
  dnsTerms: number;
  total: number;
  children?: Inspected[];
}

interface SpfLike {
  domain?: string;
  ip?: string;
  evaluation?: { result?: string };
  inspection?: { root?: Inspected; totalDnsTerms?: number; truncated?: boolean };
}

export interface SpfRecordContext {
  /** The sending service the person chose or the bounce showed. */
  service?: SendingService;
  /** Other services the domain sends through: their includes go into the same one record. */
  services?: readonly SendingService[];
  /** A forward: SPF failed at the final hop because of it, so nothing is added. */
  forwarding?: Forwarding;
}

const LIMIT = 10;
const RFC = {
  label: 'RFC 7208 (SPF)',
  url: 'https://www.rfc-editor.org/rfc/rfc7208#section-4.6.4',
};
// Results under which the sending IP did not pass; a permerror lets no server pass (s2.6.7).
const FAILED = new Set(['fail', 'softfail', 'neutral', 'none', 'permerror']);

const termsOf = (text: string) => text.slice(6).split(' ').filter(Boolean);
const isAll = (term: string) => /^[+\-~?]?all$/i.test(term);
const isRedirect = (term: string) => /^redirect=/i.test(term);
/** A term that can let a server pass: any mechanism but "all" (s5), or a redirect (s6.1). */
const authorises = (term: string) =>
  isRedirect(term) || /^[+\-~?]?(include|a|mx|ptr|ip4|ip6|exists)(?=[:/]|$)/i.test(term);
const includeOf = (term: string) => /^[+~?-]?include:(.+)$/i.exec(term)?.[1]?.toLowerCase();
const isUnder = (name: string, suffix: string) => name === suffix || name.endsWith(`.${suffix}`);

function isSpfRecordFix(fix: Fix, domain: string): boolean {
  const record = fix.record;
  return (
    record?.type === 'TXT' &&
    record.name.toLowerCase() === domain.toLowerCase() &&
    /^"?v=spf1/i.test(record.value)
  );
}

interface Addition {
  term: string;
  why: string;
  /** DNS lookups it costs; absent when not known (counted as at least 1). */
  lookups?: number;
}

/**
 * What to add, and why, for the sender of this bounce: each named service's include (unless the
 * checked domain is the service's own envelope domain), and, when the message went through no
 * service we know (one's own server, or not said), the sending IP when SPF did not pass; nothing
 * when a forward broke SPF.
 */
function additions(details: SpfLike, domain: string, context: SpfRecordContext): Addition[] {
  if (context.forwarding) return [];
  const services = [context.service, ...(context.services ?? [])].filter(
    (service, i, all): service is SendingService =>
      service !== undefined && all.findIndex((other) => other?.id === service.id) === i,
  );
  const own = (service: SendingService) =>
    service.signals.envelopeDomains?.some((d) => isUnder(domain.toLowerCase(), d));
  const includes = services.flatMap((service): Addition[] =>
    service.spf && !own(service)
      ? [
          {
            term: `include:${service.spf.include}`,
            why: `adds include:${service.spf.include} for ${service.name}`,
            ...(service.spf.lookups !== undefined ? { lookups: service.spf.lookups } : {}),
          },
        ]
      : [],
  );
  const ip = details.ip;
  if (context.service || !ip || !FAILED.has(details.evaluation?.result ?? '')) return includes;
  const term = `${ip.includes(':') ? 'ip6' : 'ip4'}:${ip}`;
  return [
    { term, why: `adds ${term}, the sending IP (only if that server is yours)`, lookups: 0 },
    ...includes,
  ];
}

export function spfRecordFixes(result: CheckResult, context: SpfRecordContext = {}): Fix[] {
  const details = result.details as SpfLike | undefined;
  const domain = details?.domain;
  const root = details?.inspection?.root;
  if (result.id !== 'spf' || result.verdict === 'pass' || !domain || !root) return result.fixes;
  const others = result.fixes.filter((fix) => !isSpfRecordFix(fix, domain));
  const records = root.spfRecords;
  const adds = additions(details, domain, context);
  if (records.length === 0 && adds.length === 0) return result.fixes;

  const changes: string[] = [];
  let text = records.length > 1 ? mergeRecords(records) : (records[0] ?? 'v=spf1');
  if (records.length > 1) changes.push(`merges the ${records.length} records into one`);
  // Includes whose TXT lookup found no domain or no record: they can only break SPF.
  const children = root.children ?? [];
  const dead = new Set([
    ...children
      .filter((c) => c.via === 'include' && (c.status === 'nxdomain' || c.status === 'none'))
      .map((c) => c.domain.toLowerCase()),
    ...result.queries
      .filter((q) => q.type === 'TXT' && (q.outcome === 'nxdomain' || q.outcome === 'nodata'))
      .map((q) => q.name.toLowerCase()),
  ]);
  const removed = termsOf(text).filter((term) => dead.has(includeOf(term) ?? ''));
  if (removed.length > 0) {
    text = ['v=spf1', ...termsOf(text).filter((term) => !removed.includes(term))].join(' ');
    changes.push(`removes ${removed.join(', ')} (it points to no SPF record)`);
  }
  // The check's own "Fix the record: <why it broke>" says again what the record below mends,
  // when what broke it is an include the record drops.
  const mended = (fix: Fix) =>
    fix.text.startsWith('Fix the record:') &&
    removed.some((term) => fix.text.toLowerCase().includes(includeOf(term) ?? term));
  let lookups = (details.inspection?.totalDnsTerms ?? 0) - removed.length;
  const ptrs = termsOf(text).filter((term) => /^[+\-~?]?ptr(?::|$)/i.test(term)).length;
  if (ptrs > 0) {
    const ip = details.ip;
    text = withoutPtr(text, (term) =>
      ip ? `${ip.includes(':') ? 'ip6' : 'ip4'}:${ip}` : `a${term.slice(term.indexOf('ptr') + 3)}`,
    );
    if (ip) lookups -= ptrs;
    changes.push('replaces ptr, which RFC 7208 s5.5 says not to use');
  }
  const all = termsOf(text).find(isAll);
  if (all && /^[+?]?all$/i.test(all)) {
    text = withAll(text, '~all');
    changes.push(`ends with ~all instead of ${all}`);
  } else if (!all && !termsOf(text).some(isRedirect)) {
    text = withAll(text, '~all');
    changes.push('ends with ~all');
  }
  const present = new Set(termsOf(text).map((term) => term.toLowerCase()));
  let uncounted = false;
  for (const add of adds.filter((a) => !present.has(a.term.toLowerCase()))) {
    const terms = termsOf(text);
    // An ip4: goes first so no earlier "-" term shadows it (s4.6.2); an include before "all".
    const at = add.term.startsWith('ip') ? 0 : terms.findIndex((t) => isAll(t) || isRedirect(t));
    terms.splice(at < 0 ? terms.length : at, 0, add.term);
    text = ['v=spf1', ...terms].join(' ');
    changes.push(add.why);
    lookups += add.lookups ?? 1;
    if (add.lookups === undefined) uncounted = true;
  }
  if (changes.length === 0) return result.fixes;
  if (!termsOf(text).some(authorises)) {
    // "v=spf1 ~all" lets no server pass: offered as the record to publish, it would fail
    // every message the domain sends.
    return [
      {
        text: `Once ${domain}’s SPF record ${changes.join(', ')}, it authorises no server, and publishing it would fail all your mail. Add what sends your mail before you publish it: the include your sending service gives (choose it on the sender step and it is added here), or ip4: with the sending server’s address if that server is yours.`,
        links: [RFC],
      },
      ...others,
    ];
  }

  // The walk stops past the limit (not-fetched): over 10 for sure. Several records or a macro
  // include cannot be counted here: the record is offered with that said.
  const past = !!details.inspection?.truncated || children.some((c) => c.status === 'not-fetched');
  const uncountable = records.length > 1 || children.some((c) => c.status === 'macro');
  if (past || (!uncountable && lookups > LIMIT)) {
    return [
      {
        text: `${domain}’s SPF record would need ${past ? 'more than 10' : lookups} DNS lookups with these changes (it ${changes.join(', ')}), more than the ${LIMIT} SPF allows (RFC 7208 s4.6.4): publishing it would break SPF for all your mail. Remove the includes of services you no longer send through, or replace a and mx terms with ip4:/ip6: ranges, then add what is missing.`,
        links: [RFC],
      },
      ...others,
    ];
  }
  const value = text.length > 255 ? asTxtStrings(text) : text;
  const count = uncountable
    ? `Its DNS lookups could not be counted here (${records.length > 1 ? 'the records were not read one by one' : 'an include uses a macro'}): count them before you publish it, SPF allows ${LIMIT} (RFC 7208 s4.6.4).`
    : uncounted
      ? `It needs at least ${lookups} of the ${LIMIT} DNS lookups SPF allows (a new include’s own lookups could not be counted here).`
      : `It needs ${lookups} of the ${LIMIT} DNS lookups SPF allows.`;
  return [
    {
      text: `Publish this one SPF record for ${domain}, in place of the one there now (a domain has only one): it ${changes.join(', ')}. ${count}${value !== text ? ' It is longer than 255 characters, so it is written as several strings of one TXT record.' : ''}`,
      record: { name: domain, type: 'TXT', value },
      links: [RFC],
    },
    ...others.filter((fix) => !mended(fix)),
  ];
}
