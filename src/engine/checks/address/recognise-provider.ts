/**
 * Who receives a domain's mail, from its MX host names. The wizard uses this to tailor advice
 * ("this is Microsoft 365: its delist portal is...").
 */
import { normaliseName } from '../../dns/names.ts';
import { PROVIDERS, type ProviderId } from '../../providers/index.ts';
import type { MailProvider } from './provider-types.ts';

export type { MailProvider } from './provider-types.ts';

/**
 * Every family's MX rows (src/engine/providers), mailbox hosts before gateways. The first row
 * whose suffix matches wins; no two families share a suffix (the registry's test checks it).
 */
export const MAIL_PROVIDERS: readonly MailProvider[] = (['mailbox', 'gateway'] as const).flatMap(
  (kind) =>
    PROVIDERS.flatMap((family) =>
      (family.mx ?? [])
        .filter((row) => row.kind === kind)
        .map((row) => ({ ...row, family: family.id })),
    ),
);

export interface MailProviderMatch {
  key: string;
  family: ProviderId;
  name: string;
  kind: MailProvider['kind'];
  /** The MX host that matched. */
  host: string;
  source: string;
}

const MAX_HOSTS = 100;

/**
 * The provider behind the first recognisable MX host. Pass hosts most-preferred first: the
 * lowest-preference MX is where mail actually goes. Looks at no more than 100 hosts.
 */
export function recogniseMailProvider(mxHosts: readonly string[]): MailProviderMatch | undefined {
  for (const raw of mxHosts.slice(0, MAX_HOSTS)) {
    const host = normaliseName(raw);
    if (host === '') continue;
    const row = MAIL_PROVIDERS.find(
      (provider) =>
        provider.pattern?.test(host) === true ||
        provider.suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
    );
    if (row) {
      return {
        key: row.key,
        family: row.family,
        name: row.name,
        kind: row.kind,
        host,
        source: row.source,
      };
    }
  }
  return undefined;
}
