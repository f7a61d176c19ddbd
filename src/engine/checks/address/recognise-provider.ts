/**
 * Who receives a domain's mail, from its MX host names. The wizard uses this to tailor advice
 * ("this is Microsoft 365: its delist portal is...").
 */
import { normaliseName } from '../../dns/names.ts';
import { GATEWAY_PROVIDERS } from './providers-gateway.ts';
import { HOSTING_PROVIDERS } from './providers-hosting.ts';
import { MAILBOX_PROVIDERS } from './providers-mailbox.ts';
import type { MailProvider } from './provider-types.ts';

export type { MailProvider } from './provider-types.ts';

/** Ordered: the first row whose suffix matches wins, so narrower suffixes come first. */
export const MAIL_PROVIDERS: readonly MailProvider[] = [
  ...MAILBOX_PROVIDERS,
  ...HOSTING_PROVIDERS,
  ...GATEWAY_PROVIDERS,
];

export interface MailProviderMatch {
  key: string;
  family: string;
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
