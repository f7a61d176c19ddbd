/**
 * Which provider's rules apply to a recipient domain. Domains the knowledge sources name carry
 * their source; the rest are 'observed' (well-known consumer domains of the same service).
 */
import { normaliseName } from '../../dns/names.ts';
import type { ProviderId } from './requirement.ts';

interface DomainRow {
  pattern: RegExp;
  provider: ProviderId;
  source: string;
}

export const PROVIDER_DOMAINS: readonly DomainRow[] = [
  {
    pattern: /^gmail\.com$/,
    provider: 'gmail',
    source: 'https://support.google.com/mail/answer/81126',
  },
  { pattern: /^googlemail\.com$/, provider: 'gmail', source: 'observed' },
  {
    pattern: /^yahoo\.com$/,
    provider: 'yahoo',
    source: 'https://senders.yahooinc.com/best-practices/',
  },
  {
    pattern:
      /^(?:yahoo\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|ymail\.com|rocketmail\.com|aol\.com)$/,
    provider: 'yahoo',
    source: 'observed',
  },
  {
    pattern: /^(?:outlook|hotmail|live)\.com$/,
    provider: 'outlook',
    source: 'auth-facts.md [MS-HV]',
  },
  {
    pattern: /^(?:(?:outlook|hotmail|live)\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|msn\.com)$/,
    provider: 'outlook',
    source: 'observed',
  },
];

export function providerForDomain(domain: string): ProviderId | undefined {
  const name = normaliseName(domain);
  return PROVIDER_DOMAINS.find((row) => row.pattern.test(name))?.provider;
}
