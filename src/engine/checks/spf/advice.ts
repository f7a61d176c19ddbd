/**
 * Advice on a published SPF record: things that are legal but risky or wasteful, each with the
 * RFC 7208 section behind it and, where one can be derived, a corrected record to copy.
 * The rules are data: an ordered list of small functions.
 */
import type { IpAddress } from '../ip.ts';
import type { Fix } from '../types.ts';
import type { InspectedRecord, SpfInspection } from './inspect.ts';
import { SPF_LIMITS } from './limits.ts';
import { parseRecord, type SpfRecord } from './record.ts';
import { asTxtStrings, ipTerm, mergeRecords, withAll, withoutPtr } from './record-edit.ts';

export interface SpfAdvice {
  id:
    | 'several-records'
    | 'all-pass'
    | 'all-neutral'
    | 'ptr'
    | 'near-lookup-limit'
    | 'over-lookup-limit'
    | 'long-record'
    | 'no-all';
  text: string;
  fix?: Fix;
}

interface Subject {
  domain: string;
  root: InspectedRecord;
  record?: SpfRecord;
  totalDnsTerms: number;
  /** The sending IP as readable text, when known, for ptr replacements. */
  ip?: IpAddress;
}

const RFC = 'https://www.rfc-editor.org/rfc/rfc7208';

function txtFix(subject: Subject, text: string, value: string, section: string): Fix {
  return {
    text,
    record: { name: subject.domain, type: 'TXT', value },
    links: [{ label: `RFC 7208 section ${section}`, url: `${RFC}#section-${section}` }],
  };
}

type Rule = (subject: Subject) => SpfAdvice | undefined;

const RULES: readonly Rule[] = [
  ({ root, ...subject }) => {
    if (root.spfRecords.length < 2) return undefined;
    const merged = mergeRecords(root.spfRecords);
    return {
      id: 'several-records',
      text: `${subject.domain} publishes ${root.spfRecords.length} SPF records; receivers treat that as a permanent error (s4.5).`,
      fix: txtFix(
        { root, ...subject },
        'Replace them with one record that has the mechanisms of all of them:',
        merged,
        '4.5',
      ),
    };
  },
  (subject) => {
    const all = subject.record?.mechanisms.find((m) => m.name === 'all');
    if (!all || (all.qualifier !== '+' && all.qualifier !== '?')) return undefined;
    const pass = all.qualifier === '+';
    return {
      id: pass ? 'all-pass' : 'all-neutral',
      text: pass
        ? `The record ends in "${all.text}": every server on the internet passes SPF for ${subject.domain}.`
        : `The record ends in "?all": servers not listed get "neutral", which protects nothing.`,
      fix: txtFix(
        subject,
        'End the record with ~all (or -all once every sender is listed):',
        withAll(subject.record?.text ?? '', '~all'),
        '5.1',
      ),
    };
  },
  (subject) => {
    const record = subject.record;
    if (!record?.mechanisms.some((m) => m.name === 'ptr')) return undefined;
    const ip = subject.ip;
    const replacement = (term: string) => {
      if (ip) return ipTerm(ip);
      const target = term.split(':')[1];
      return target ? `a:${target}` : 'a';
    };
    return {
      id: 'ptr',
      text: 'The record uses "ptr", which RFC 7208 says not to use: it is slow, unreliable and many receivers skip it (s5.5).',
      fix: txtFix(
        subject,
        'List the sending servers explicitly instead:',
        withoutPtr(record.text, replacement),
        '5.5',
      ),
    };
  },
  ({ totalDnsTerms, domain }) => {
    if (totalDnsTerms > SPF_LIMITS.dnsTerms) {
      return {
        id: 'over-lookup-limit',
        text: `${domain}'s record needs ${totalDnsTerms} DNS lookups (include, a, mx, ptr, exists, redirect) when nothing matches early; more than ${SPF_LIMITS.dnsTerms} is a permanent error (s4.6.4). Remove unused includes, or replace a/mx by ip4:/ip6: ranges.`,
      };
    }
    if (totalDnsTerms < SPF_LIMITS.nearLookupLimit) return undefined;
    return {
      id: 'near-lookup-limit',
      text: `${domain}'s record uses ${totalDnsTerms} of the ${SPF_LIMITS.dnsTerms} DNS lookups SPF allows (s4.6.4); one more provider include can break it for everyone.`,
    };
  },
  // s3.4. Whether the strings were split at 255 (s3.3) cannot be seen here: resolvers hand
  // over TXT records joined, and a longer string cannot cross the wire anyway.
  (subject) => {
    const text = subject.record?.text ?? subject.root.spfRecords[0];
    if (!text || text.length <= SPF_LIMITS.recordAdvisoryLength) return undefined;
    return {
      id: 'long-record',
      text: `The record is ${text.length} characters long; over ${SPF_LIMITS.recordAdvisoryLength} the DNS answer may not fit in 512 octets and some receivers fail to fetch it (s3.4). Move ranges into an include: of their own.`,
      fix: txtFix(
        subject,
        'When you republish it, enter it as strings of at most 255 characters (s3.3):',
        asTxtStrings(text),
        '3.3',
      ),
    };
  },
  (subject) => {
    const record = subject.record;
    if (!record || record.hasAll || record.redirect) return undefined;
    return {
      id: 'no-all',
      text: 'The record has no "all" and no redirect=, so servers not listed get "neutral" (s4.7).',
      fix: txtFix(subject, 'End the record with ~all:', withAll(record.text, '~all'), '4.7'),
    };
  },
];

export function adviseOn(
  domain: string,
  inspection: SpfInspection,
  ip?: Subject['ip'],
): SpfAdvice[] {
  const root = inspection.root;
  const text = root.spfRecords.length === 1 ? root.spfRecords[0] : undefined;
  const parsed = text ? parseRecord(text) : undefined;
  const subject: Subject = {
    domain,
    root,
    record: parsed?.ok ? parsed.value : undefined,
    totalDnsTerms: inspection.totalDnsTerms,
    ip,
  };
  return RULES.map((rule) => rule(subject)).filter((advice) => advice !== undefined);
}
