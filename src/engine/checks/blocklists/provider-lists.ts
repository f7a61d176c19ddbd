/**
 * Which lists and portals matter for the provider that bounced the mail. The advice lives with
 * each provider family (src/engine/providers); a list named there turns a listing on it into a
 * failure even when the list is otherwise minor.
 */
import { PROVIDERS, type BlocklistAdvice, type ProviderId } from '../../providers/index.ts';

export type { Portal } from '../../providers/index.ts';

export interface ProviderAdvice extends BlocklistAdvice {
  provider: ProviderId;
  name: string;
}

/** In registry order. */
export const PROVIDER_ADVICE: readonly ProviderAdvice[] = PROVIDERS.flatMap((family) =>
  family.blocklists ? [{ provider: family.id, name: family.name, ...family.blocklists }] : [],
);

/** The lists and portals that matter for mail bounced by `providerId`, if we know the provider. */
export function listsThatMatter(providerId: string): ProviderAdvice | undefined {
  const id = providerId.trim().toLowerCase();
  return PROVIDER_ADVICE.find((row) => row.provider === id);
}
