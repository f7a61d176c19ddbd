/**
 * Which provider's rules apply to a recipient, and which of its rules fires. The classifier's
 * entry points into the registry.
 *
 * A family is recognised, strongest first, by the host of the server that answered, by its own
 * codes and wording in the text (so that a pasted line without any host name still finds its
 * provider), by the recipient's domain, and last by the host of the server that reported.
 * Hosts and domains are each one scan of one combined pattern; the text's signs are found by
 * their literals first (sign-scan.ts), so a text that names no provider costs a single pass.
 */
import { saysCode } from './stated-code.ts';
import { PROVIDERS } from './index.ts';
import type { ParsedRecipient, SmtpCommand } from '../parse/types.ts';
import type { ProviderFamily, ProviderRule } from './types.ts';
import { literalIndex, type LiteralIndex } from '../rules/literal-index.ts';
import { receiverSign } from './sign-scan.ts';

export type ProviderRole = 'receiver' | 'reporter';

export interface RecognisedProvider {
  family: ProviderFamily;
  role: ProviderRole;
  /** How we know: "remote server mx.example", "its own words: …", "recipient domain …". */
  via: string;
}

/** "mx.example.com. (192.0.2.1, the server for ...)" -> "mx.example.com" */
export function hostOf(value: string | undefined): string | undefined {
  const host = value
    ?.trim()
    .split(/[\s[(]/)[0]
    ?.replace(/\.$/, '')
    .toLowerCase();
  return host || undefined;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * One pattern over every family: `(?<p0>…)|(?<p1>…)|…`. A match is the leftmost place any
 * family's pattern matches, and at that place the earlier family in the registry wins.
 */
function combined(parts: (string | undefined)[]) {
  const alternatives = parts.flatMap((part, i) =>
    part === undefined ? [] : [`(?<p${i}>${part})`],
  );
  const pattern = new RegExp(alternatives.join('|'));
  return (text: string) => {
    const match = pattern.exec(text);
    if (!match?.groups) return undefined;
    const name = Object.keys(match.groups).find((key) => match.groups?.[key] !== undefined);
    const family = name === undefined ? undefined : PROVIDERS[Number(name.slice(1))];
    return family && { family, matched: match[0] };
  };
}

const anyOf = (patterns: readonly RegExp[]) =>
  patterns.length ? patterns.map((p) => `(?:${p.source})`).join('|') : undefined;

/** Host names end in one of the family's suffixes: the leftmost match is the longest suffix. */
const byHost = combined(
  PROVIDERS.map((p) => {
    const suffixes = [...p.hosts, ...(p.mx ?? []).flatMap((row) => row.suffixes)].map(escape);
    const patterns = (p.mx ?? []).flatMap((row) => (row.pattern ? [row.pattern] : []));
    return anyOf([
      ...(suffixes.length ? [new RegExp(`(?:^|\\.)(?:${suffixes.join('|')})$`)] : []),
      ...patterns,
    ]);
  }),
);
const byDomain = combined(
  PROVIDERS.map((p) => (p.domains ? `(?:${p.domains.source})` : undefined)),
);

/** The family hosting a recipient domain, if any. */
export function familyOfDomain(domain: string): ProviderFamily | undefined {
  return domain ? byDomain(domain)?.family : undefined;
}

export function familyOfHost(host: string | undefined): ProviderFamily | undefined {
  return host ? byHost(host)?.family : undefined;
}

export function recogniseProvider(
  r: ParsedRecipient,
  text: string,
): RecognisedProvider | undefined {
  const remote = hostOf(r.remoteMta);
  const family = familyOfHost(remote);
  if (family) return { family, role: 'receiver', via: `remote server ${remote}` };
  const signed = receiverSign(text);
  if (signed)
    return { family: signed.family, role: 'receiver', via: `its own words “${signed.matched}”` };
  const domain = domainOf(r.address);
  const byRecipient = familyOfDomain(domain);
  if (byRecipient)
    return { family: byRecipient, role: 'receiver', via: `recipient domain ${domain}` };
  const reporter = hostOf(r.reportingMta);
  const byReporter = familyOfHost(reporter);
  if (byReporter)
    return { family: byReporter, role: 'reporter', via: `reporting server ${reporter}` };
  return undefined;
}

export interface FiredRule {
  rule: ProviderRule;
  code?: string;
  matched: string;
}

/** One scan that rules out all of a family's rules at once (most texts match none). */
/** Each family's rules indexed by the literals they require: most texts are ruled out in one pass. */
const RULE_INDEXES = new Map<ProviderFamily, LiteralIndex>();

function indexOf(family: ProviderFamily): LiteralIndex {
  let index = RULE_INDEXES.get(family);
  if (!index)
    RULE_INDEXES.set(family, (index = literalIndex(family.rules.map((rule) => rule.pattern))));
  return index;
}

export function fireProviderRule(
  family: ProviderFamily,
  text: string,
  command?: SmtpCommand,
): FiredRule | undefined {
  if (family.rules.length === 0) return undefined;
  // First match in the family's order wins, among the rules the text could match at all.
  for (const i of indexOf(family).candidates(text)) {
    const rule = family.rules[i]!;
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const group = match.slice(1).find((g) => g !== undefined);
    // A code taken from the text is absent when the text gives none.
    const code = rule.code?.replace('$1', (group ?? '').toUpperCase()) || undefined;
    return { rule, code: code && saysCode(text, code) ? code : undefined, matched: match[0] };
  }
  return undefined;
}
