/** The providers whose rules are checked, in report order. */
import type { ProviderId, ProviderRules } from '../requirement.ts';
import { GMAIL } from './gmail.ts';
import { OUTLOOK } from './outlook.ts';
import { YAHOO } from './yahoo.ts';

export const PROVIDERS: readonly ProviderRules[] = [GMAIL, YAHOO, OUTLOOK];

export const providerRules = (id: ProviderId): ProviderRules | undefined =>
  PROVIDERS.find((p) => p.id === id);
