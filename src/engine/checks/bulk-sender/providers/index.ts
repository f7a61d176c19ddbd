/** The providers whose rules are checked, in report order; the tables live with their provider. */
import { providerById } from '../../../providers/index.ts';
import type { ProviderId, ProviderRules } from '../requirement.ts';

const REPORT_ORDER: readonly ProviderId[] = ['google', 'yahoo', 'microsoft'];

export const PROVIDERS: readonly ProviderRules[] = REPORT_ORDER.flatMap((id) => {
  const rules = providerById(id).bulkSender;
  return rules ? [rules] : [];
});

export const providerRules = (id: ProviderId): ProviderRules | undefined =>
  PROVIDERS.find((p) => p.id === id);
