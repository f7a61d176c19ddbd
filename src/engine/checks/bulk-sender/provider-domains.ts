/**
 * Which provider's rules apply to a recipient domain: each rules table names the domains it is
 * meant for, with its source ('observed': well-known consumer domains of the same service).
 */
import { normaliseName } from '../../dns/names.ts';
import { PROVIDERS } from './providers/index.ts';
import type { ProviderId } from './requirement.ts';

interface DomainRow {
  pattern: RegExp;
  provider: ProviderId;
  source: string;
}

export const PROVIDER_DOMAINS: readonly DomainRow[] = PROVIDERS.flatMap((rules) =>
  rules.appliesTo.map((row) => ({ ...row, provider: rules.id })),
);

export function providerForDomain(domain: string): ProviderId | undefined {
  const name = normaliseName(domain);
  return PROVIDER_DOMAINS.find((row) => row.pattern.test(name))?.provider;
}
