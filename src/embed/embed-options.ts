import { usableResolverUrl, type ResolverChoice } from '../features/settings/settings.ts';

/**
 * The attributes of <bounce-doctor>, which are also the options of the frame's URL. `theme` is
 * applied by the stylesheet alone (see shadow-css.ts), so it has no field below.
 */
export const EMBED_ATTRIBUTES = [
  'bounce',
  'resolver',
  'live-lookups',
  'theme',
  'start-step',
  'persist',
  'app-url',
] as const;
export type EmbedAttribute = (typeof EMBED_ATTRIBUTES)[number];

/** Read once, when the embed starts; changing them later has no effect. */
export const START_ONLY_ATTRIBUTES: readonly EmbedAttribute[] = [
  'start-step',
  'persist',
  'app-url',
];

export interface EmbedOptions {
  /** Bounce text to start with; null when absent or blank. */
  bounce: string | null;
  /** The step to open: "bounce", "diagnosis" or a later step's name; null for the default. */
  startStep: string | null;
  /** A DNS-over-HTTPS URL, or "cloudflare" or "google"; null leaves the default. */
  resolver: string | null;
  /** False: no live DNS lookups; null leaves the default. */
  liveLookups: boolean | null;
  /** Keep the wizard in sessionStorage under this name; null keeps it in memory only. */
  persist: string | null;
  /** The standalone app's address, for share links; null: next to the embed script. */
  appUrl: string | null;
  /** What was wrong with the attributes, for a console warning. */
  problems: string[];
}

/** Resolvers the app knows by name (engine/dns/doh-endpoints.ts). */
export const NAMED_RESOLVERS = ['cloudflare', 'google'] as const satisfies ResolverChoice[];
export type NamedResolver = (typeof NAMED_RESOLVERS)[number];

export function isNamedResolver(value: string): value is NamedResolver {
  return (NAMED_RESOLVERS as readonly string[]).includes(value);
}

const SWITCH = new Map([
  ['', true],
  ['on', true],
  ['true', true],
  ['yes', true],
  ['off', false],
  ['false', false],
  ['no', false],
]);

export function readEmbedOptions(get: (name: EmbedAttribute) => string | null): EmbedOptions {
  const problems: string[] = [];

  let resolver = get('resolver')?.trim() || null;
  if (resolver !== null && !isNamedResolver(resolver) && !usableResolverUrl(resolver)) {
    problems.push(`resolver="${resolver}" is not an https:// DNS-over-HTTPS URL; ignored.`);
    resolver = null;
  }

  const live = get('live-lookups');
  const liveLookups = live === null ? null : (SWITCH.get(live.trim().toLowerCase()) ?? null);
  if (live !== null && liveLookups === null) {
    problems.push(`live-lookups="${live}" is neither "on" nor "off"; ignored.`);
  }

  let startStep = get('start-step')?.trim().toLowerCase() || null;
  if (startStep !== null && !/^[a-z][a-z0-9-]*$/.test(startStep)) {
    problems.push(`start-step="${startStep}" is not a step name; starting at the first step.`);
    startStep = null;
  }

  const theme = get('theme');
  if (theme !== null && !['light', 'dark', 'auto'].includes(theme)) {
    problems.push(`theme="${theme}" is neither "light", "dark" nor "auto"; following the system.`);
  }

  const bounce = get('bounce');
  const persist = get('persist');
  if (persist !== null && !persist.trim()) {
    problems.push('persist needs a name, as in persist="faq".');
  }

  let appUrl = get('app-url')?.trim() || null;
  if (appUrl !== null && !/^https?:\/\//i.test(appUrl)) {
    problems.push(
      `app-url="${appUrl}" is not an http(s) address; share links open next to the script.`,
    );
    appUrl = null;
  }

  return {
    bounce: bounce?.trim() ? bounce : null,
    startStep,
    resolver,
    liveLookups,
    persist: persist?.trim() || null,
    appUrl,
    problems,
  };
}
