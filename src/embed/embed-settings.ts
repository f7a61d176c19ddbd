import { DEFAULT_SETTINGS, type Settings } from '../features/settings/settings.ts';
import { isNamedResolver, type EmbedOptions } from './embed-options.ts';

/** The settings an embed starts from (or changes to): `base` with the host page's choices. */
export function embedSettings(
  base: Settings,
  { resolver, liveLookups }: Pick<EmbedOptions, 'resolver' | 'liveLookups'>,
): Settings {
  let next = base;
  if (resolver !== null && isNamedResolver(resolver)) next = { ...next, resolver };
  else if (resolver !== null) next = { ...next, resolver: 'custom', customUrl: resolver };
  if (liveLookups === false) return { ...next, resolver: 'off' };
  // Lookups back on after "off": the resolver the host named, else the default one.
  if (liveLookups === true && next.resolver === 'off') {
    return { ...next, resolver: DEFAULT_SETTINGS.resolver };
  }
  return next;
}
