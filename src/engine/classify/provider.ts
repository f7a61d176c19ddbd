/**
 * Which provider's rules apply to a recipient, and which of its rules fires.
 */
import { anyOf } from '../parse/any-of.ts';
import { PROVIDERS, type ProviderFamily, type ProviderRule } from '../rules/providers/index.ts';
import type { ParsedRecipient, SmtpCommand } from '../parse/types.ts';

export type ProviderRole = 'receiver' | 'reporter';

export interface RecognisedProvider {
  family: ProviderFamily;
  role: ProviderRole;
  /** How we know: "remote MTA mx.example", "text", "recipient domain". */
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

const ANY_SIGNATURE = anyOf(PROVIDERS.flatMap((p) => (p.signature ? [p.signature] : [])));
const ANY_HOST = anyOf(PROVIDERS.map((p) => p.hosts));
const ANY_DOMAIN = anyOf(PROVIDERS.flatMap((p) => (p.domains ? [p.domains] : [])));

function byHost(host: string | undefined): ProviderFamily | undefined {
  return host && ANY_HOST.test(host) ? PROVIDERS.find((p) => p.hosts.test(host)) : undefined;
}

export function recogniseProvider(
  r: ParsedRecipient,
  text: string,
): RecognisedProvider | undefined {
  const remote = hostOf(r.remoteMta);
  const family = byHost(remote);
  if (family) return { family, role: 'receiver', via: `remote server ${remote}` };
  const bySignature = ANY_SIGNATURE.test(text)
    ? PROVIDERS.find((p) => p.signature?.test(text))
    : undefined;
  if (bySignature) return { family: bySignature, role: 'receiver', via: 'its codes in the text' };
  const domain = domainOf(r.address);
  const byDomain =
    domain && ANY_DOMAIN.test(domain) ? PROVIDERS.find((p) => p.domains?.test(domain)) : undefined;
  if (byDomain) return { family: byDomain, role: 'receiver', via: `recipient domain ${domain}` };
  const reporter = hostOf(r.reportingMta);
  const byReporter = byHost(reporter);
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
const RULE_GATES = new WeakMap<ProviderFamily, RegExp>();

export function fireProviderRule(
  family: ProviderFamily,
  text: string,
  command?: SmtpCommand,
): FiredRule | undefined {
  let gate = RULE_GATES.get(family);
  if (!gate) RULE_GATES.set(family, (gate = anyOf(family.rules.map((rule) => rule.pattern))));
  if (family.rules.length === 0 || !gate.test(text)) return undefined;
  for (const rule of family.rules) {
    if (rule.commands && (!command || !rule.commands.includes(command))) continue;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const group = match.slice(1).find((g) => g !== undefined);
    const code = rule.code?.replace('$1', (group ?? '').toUpperCase());
    return { rule, code, matched: match[0] };
  }
  return undefined;
}
