/**
 * Which lists and portals matter for the provider that bounced the mail. Provider ids are the
 * families of bounce classification and MX recognition ("microsoft", "google", ...). A list named
 * here turns a listing on it into a failure even when the list is otherwise minor.
 */
import { GATEWAY_ADVICE } from './provider-advice-gateways.ts';
import { MAILBOX_ADVICE } from './provider-advice-mailbox.ts';

export interface Portal {
  label: string;
  url: string;
  note: string;
}

export interface ProviderAdvice {
  provider: string;
  name: string;
  /** Blocklist ids (registry.ts) this provider is documented or observed to use. */
  lists: readonly string[];
  /** The provider's own reputation lookup or delisting pages. */
  portals: readonly Portal[];
  source: string;
}

/** Ordered registry: mailbox providers, then gateways. */
export const PROVIDER_ADVICE: readonly ProviderAdvice[] = [...MAILBOX_ADVICE, ...GATEWAY_ADVICE];

/** The lists and portals that matter for mail bounced by `providerId`, if we know the provider. */
export function listsThatMatter(providerId: string): ProviderAdvice | undefined {
  const id = providerId.trim().toLowerCase();
  return PROVIDER_ADVICE.find((row) => row.provider === id);
}
