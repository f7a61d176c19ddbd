/** Public surface of the bulk-sender check. */
export {
  run,
  bulkSenderRequirements,
  type BulkSenderInput,
  type BulkSenderItem,
  type BulkSenderDetails,
} from './bulk-sender.ts';
export { SETTLE, type Settled, type Status, type BulkFacts } from './evaluate.ts';
export { PROVIDERS, providerRules } from './providers/index.ts';
export { providerForDomain, PROVIDER_DOMAINS } from './provider-domains.ts';
export type { Need, ProviderId, ProviderRules, Requirement, Tier } from './requirement.ts';
