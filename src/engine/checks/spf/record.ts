/**
 * SPF records: which TXT records are SPF records (RFC 7208 s4.5) and the record grammar (s4.6,
 * s5, s6, s12). The whole record is parsed before anything is evaluated, so any syntax error
 * anywhere is a permerror (s4.6: "If there are any syntax errors anywhere in the record,
 * check_host() returns immediately with the result "permerror"").
 */
import { isToplabel } from './domain-name.ts';
import { parseAddress, type IpAddress } from '../ip.ts';
import { parseDomainSpec, parseMacroString, type MacroString, type Parsed } from './macro.ts';
import type { Qualifier } from './types.ts';
import { printable } from './printable.ts';

export type MechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

interface Base {
  /** The term as written. */
  text: string;
  qualifier: Qualifier;
}

export type Mechanism =
  | (Base & { name: 'all' })
  | (Base & { name: 'include'; domain: MacroString })
  | (Base & { name: 'exists'; domain: MacroString })
  | (Base & AddressArgs & { name: 'a' })
  | (Base & AddressArgs & { name: 'mx' })
  | (Base & { name: 'ptr'; domain?: MacroString })
  | (Base & NetworkArgs & { name: 'ip4' })
  | (Base & NetworkArgs & { name: 'ip6' });

interface AddressArgs {
  domain?: MacroString;
  cidr4: number;
  cidr6: number;
  /** The dual-cidr-length as written ("/24", "//64"), for advice. */
  cidrText: string;
}

interface NetworkArgs {
  network: IpAddress;
  prefix: number;
  cidrGiven: boolean;
}

export interface Modifier {
  text: string;
  domain: MacroString;
}

export interface SpfRecord {
  text: string;
  mechanisms: Mechanism[];
  redirect?: Modifier;
  exp?: Modifier;
  /** s6: unknown modifiers are ignored, but kept for the trace and advice. */
  unknownModifiers: string[];
  /** s6.1: redirect is ignored when the record has an "all" mechanism anywhere. */
  hasAll: boolean;
}

/** s4.6.4: the terms that cost a DNS lookup. */
export const DNS_MECHANISMS: ReadonlySet<MechanismName> = new Set([
  'include',
  'a',
  'mx',
  'ptr',
  'exists',
]);

/**
 * s4.5: a record is an SPF record when it begins with "v=spf1" followed by a space or the end.
 * ABNF strings are case-insensitive (RFC 5234 s2.3), so "V=SPF1" counts too.
 */
export function isSpfRecord(txt: string): boolean {
  return txt.slice(0, 6).toLowerCase() === 'v=spf1' && (txt.length === 6 || txt[6] === ' ');
}

export type Selection =
  | { kind: 'none'; txtCount: number }
  | { kind: 'one'; text: string }
  | { kind: 'many'; texts: string[] };

/** s4.5: none found -> "none"; more than one -> "permerror". Other TXT records are ignored. */
export function selectRecord(txts: readonly string[]): Selection {
  const texts = txts.filter(isSpfRecord);
  if (texts.length === 0) return { kind: 'none', txtCount: txts.length };
  if (texts.length > 1) return { kind: 'many', texts };
  return { kind: 'one', text: texts[0] ?? '' };
}

const QUALIFIERS = new Set(['+', '-', '~', '?']);
/** s12 name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) */
const MODIFIER = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s;
/** s12 ip4-cidr-length = "/" ( "0" / %x31-39 0*1DIGIT ); ip6: "/" ( "0" / %x31-39 0*2DIGIT ) */
const CIDR4 = /^(?:0|[1-9]\d?)$/;
const CIDR6 = /^(?:0|[1-9]\d{0,2})$/;
const DUAL_CIDR = /^(.*?)(?:\/(\d+))?(?:\/\/(\d+))?$/s;

type TermResult = Parsed<Mechanism>;

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function cidr(digits: string | undefined, max: number, pattern: RegExp, fallback: number) {
  if (digits === undefined) return fallback;
  if (!pattern.test(digits)) return undefined;
  const value = Number(digits);
  return value <= max ? value : undefined;
}

function domainArg(term: string, arg: string): Parsed<MacroString> {
  const parsed = parseDomainSpec(arg, isToplabel);
  return parsed.ok ? parsed : fail(`${term}: ${parsed.error}`);
}

/** s5.3 A / s5.4 MX = name [ ":" domain-spec ] [ dual-cidr-length ] */
function parseAddressMechanism(base: Base, name: 'a' | 'mx', rest: string): TermResult {
  const split = DUAL_CIDR.exec(rest);
  const head = split?.[1] ?? rest;
  const cidr4 = cidr(split?.[2], 32, CIDR4, 32);
  const cidr6 = cidr(split?.[3], 128, CIDR6, 128);
  if (cidr4 === undefined || cidr6 === undefined) {
    return fail(
      `${base.text}: invalid CIDR length (IPv4 0-32, IPv6 0-128, no leading zeros; s5.6)`,
    );
  }
  const cidrText = rest.slice(head.length);
  const args = { cidr4, cidr6, cidrText };
  if (head === '') return { ok: true, value: { ...base, ...args, name } as Mechanism };
  if (!head.startsWith(':')) return fail(`${base.text}: unexpected "${head}" (s5.3, s5.4)`);
  const domain = domainArg(base.text, head.slice(1));
  if (!domain.ok) return domain;
  return { ok: true, value: { ...base, ...args, name, domain: domain.value } as Mechanism };
}

/** s5.6 ip4 / ip6 = name ":" network [ cidr-length ] */
function parseNetwork(base: Base, name: 'ip4' | 'ip6', rest: string): TermResult {
  if (!rest.startsWith(':')) return fail(`${base.text}: ${name} needs ":" and an address (s5.6)`);
  const body = rest.slice(1);
  const slash = body.lastIndexOf('/');
  const address = slash < 0 ? body : body.slice(0, slash);
  const digits = slash < 0 ? undefined : body.slice(slash + 1);
  const max = name === 'ip4' ? 32 : 128;
  const prefix = cidr(digits, max, name === 'ip4' ? CIDR4 : CIDR6, max);
  const parsed = parseAddress(address);
  const network = parsed?.version === (name === 'ip4' ? 4 : 6) ? parsed : undefined;
  if (!network)
    return fail(
      `${base.text}: "${address}" is not a valid ${name === 'ip4' ? 'IPv4' : 'IPv6'} address (s5.6)`,
    );
  if (prefix === undefined)
    return fail(`${base.text}: invalid CIDR length (0-${max}, no leading zeros; s5.6)`);
  const value = { ...base, name, network, prefix, cidrGiven: digits !== undefined };
  return { ok: true, value: value as Mechanism };
}

function parseMechanism(term: string): TermResult {
  const qualifier = (QUALIFIERS.has(term[0] ?? '') ? term[0] : '+') as Qualifier;
  const body = QUALIFIERS.has(term[0] ?? '') ? term.slice(1) : term;
  const nameEnd = body.search(/[:/]/);
  const name = (nameEnd < 0 ? body : body.slice(0, nameEnd)).toLowerCase();
  const rest = nameEnd < 0 ? '' : body.slice(nameEnd);
  const base: Base = { text: term, qualifier };
  switch (name) {
    case 'all':
      return rest === ''
        ? { ok: true, value: { ...base, name } }
        : fail(`${term}: "all" takes no argument (s5.1)`);
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':'))
        return fail(`${term}: ${name} needs ":" and a domain (s5.2, s5.7)`);
      const domain = domainArg(term, rest.slice(1));
      return domain.ok
        ? { ok: true, value: { ...base, name, domain: domain.value } as Mechanism }
        : domain;
    }
    case 'a':
    case 'mx':
      return parseAddressMechanism(base, name, rest);
    case 'ptr': {
      if (rest === '') return { ok: true, value: { ...base, name } };
      if (!rest.startsWith(':')) return fail(`${term}: ptr takes no CIDR length (s5.5)`);
      const domain = domainArg(term, rest.slice(1));
      return domain.ok ? { ok: true, value: { ...base, name, domain: domain.value } } : domain;
    }
    case 'ip4':
    case 'ip6':
      return parseNetwork(base, name, rest);
    default:
      return fail(`unknown mechanism "${term}" (s4.6.1, s12)`);
  }
}

export function parseRecord(text: string): Parsed<SpfRecord> {
  if (!isSpfRecord(text)) return fail('not an SPF record: it must begin with "v=spf1" (s4.5)');
  const record: SpfRecord = { text, mechanisms: [], unknownModifiers: [], hasAll: false };
  // s4.6.1 / s12: terms are separated by one or more SP; nothing else counts as a separator.
  for (const term of text.slice(6).split(' ')) {
    if (term === '') continue;
    const bad = /[^\x21-\x7e]/u.exec(term);
    if (bad) {
      const code = bad[0].codePointAt(0) ?? 0;
      const shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      return fail(
        `"${printable(term)}" contains ${shown}: records are printable 7-bit ASCII (s3.1, s12)`,
      );
    }
    const modifier = MODIFIER.exec(term);
    if (modifier) {
      const name = (modifier[1] ?? '').toLowerCase();
      const value = modifier[2] ?? '';
      if (name === 'redirect' || name === 'exp') {
        if (record[name]) return fail(`"${name}=" appears more than once (s6)`);
        const domain = domainArg(term, value);
        if (!domain.ok) return domain;
        record[name] = { text: term, domain: domain.value };
        continue;
      }
      // s6: unknown modifiers are ignored, but must still be a valid macro-string (s12).
      const macro = parseMacroString(value, 'explain');
      if (!macro.ok) return fail(`${term}: ${macro.error}`);
      record.unknownModifiers.push(term);
      continue;
    }
    const mechanism = parseMechanism(term);
    if (!mechanism.ok) return mechanism;
    record.mechanisms.push(mechanism.value);
    record.hasAll ||= mechanism.value.name === 'all';
  }
  return { ok: true, value: record };
}

/** The mechanisms and (when it will be used) the redirect that cost a DNS lookup (s4.6.4). */
export function dnsTermCount(record: SpfRecord): number {
  const mechanisms = record.mechanisms.filter((m) => DNS_MECHANISMS.has(m.name)).length;
  return mechanisms + (record.redirect && !record.hasAll ? 1 : 0);
}
