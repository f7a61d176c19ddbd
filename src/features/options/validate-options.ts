/**
 * The one validator for options that come from outside the page's own controls: an embed's
 * attributes, the frame's address, an options message from the framing page, a share link.
 * Each option has one rule wherever it comes from; what differs is who could have written it.
 * The page that embeds Bounce Doctor chose its options. A link anyone can send (a share link,
 * the frame opened as a page of its own) may pre-fill a bounce, a step and a theme, but not
 * say where DNS questions go, whether they go, where share links lead or where the wizard is
 * kept: a link that chose the resolver would choose the verdicts (issue 13).
 */
import { usableResolverUrl, type ResolverChoice } from '../settings/settings.ts';

export const OPTION_NAMES = [
  'bounce',
  'resolver',
  'live-lookups',
  'theme',
  'start-step',
  'persist',
  'app-url',
] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

/** Who could have written the options: the embedding page, or anyone who sends a link. */
export type OptionsFrom = 'page' | 'link';

/** What a link may not set. */
const PAGE_ONLY: ReadonlySet<OptionName> = new Set([
  'resolver',
  'live-lookups',
  'persist',
  'app-url',
]);

/** Resolvers the app knows by name (engine/dns/doh-endpoints.ts). */
export const NAMED_RESOLVERS = ['cloudflare', 'google'] as const satisfies ResolverChoice[];
export type NamedResolver = (typeof NAMED_RESOLVERS)[number];

export function isNamedResolver(value: string): value is NamedResolver {
  return (NAMED_RESOLVERS as readonly string[]).includes(value);
}

export interface Options {
  /** Bounce text to start with; null when absent or blank. */
  bounce: string | null;
  /** The step to open: "bounce", "diagnosis" or a later step's name; null for the default. */
  startStep: string | null;
  /** A DNS-over-HTTPS URL, or "cloudflare" or "google"; null leaves the default. */
  resolver: string | null;
  /** False: no live DNS lookups; null leaves the default. */
  liveLookups: boolean | null;
  theme: 'light' | 'dark' | 'auto' | null;
  /** Keep the wizard in sessionStorage under this name; null keeps it in memory only. */
  persist: string | null;
  /** The standalone app's address, for share links; null: next to the embed script. */
  appUrl: string | null;
}

export interface Validated {
  options: Options;
  /** The options that passed, as written (the frame sets them as the embed's attributes). */
  accepted: [name: OptionName, value: string][];
  /** What was wrong, in words for a console warning. */
  problems: string[];
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

const THEMES = ['light', 'dark', 'auto'] as const;

type Rule = (value: string, options: Options) => string | undefined;

/** Each option's rule: it fills `options` and returns nothing, or says why the value is refused. */
const RULES: Record<OptionName, Rule> = {
  bounce(value, options) {
    options.bounce = value.trim() ? value : null;
    return undefined;
  },
  resolver(value, options) {
    const resolver = value.trim();
    if (!resolver) return undefined;
    if (!isNamedResolver(resolver) && !usableResolverUrl(resolver))
      return `resolver="${value}" is not an https:// DNS-over-HTTPS URL; ignored.`;
    options.resolver = resolver;
    return undefined;
  },
  'live-lookups'(value, options) {
    const live = SWITCH.get(value.trim().toLowerCase());
    if (live === undefined) return `live-lookups="${value}" is neither "on" nor "off"; ignored.`;
    options.liveLookups = live;
    return undefined;
  },
  theme(value, options) {
    const theme = THEMES.find((name) => name === value);
    if (!theme)
      return `theme="${value}" is neither "light", "dark" nor "auto"; following the system.`;
    options.theme = theme;
    return undefined;
  },
  'start-step'(value, options) {
    const step = value.trim().toLowerCase();
    if (!step) return undefined;
    if (!/^[a-z][a-z0-9-]*$/.test(step))
      return `start-step="${step}" is not a step name; starting at the first step.`;
    options.startStep = step;
    return undefined;
  },
  persist(value, options) {
    if (!value.trim()) return 'persist needs a name, as in persist="faq".';
    options.persist = value.trim();
    return undefined;
  },
  'app-url'(value, options) {
    const url = value.trim();
    if (!url) return undefined;
    if (!/^https?:\/\//i.test(url))
      return `app-url="${url}" is not an http(s) address; share links open next to the script.`;
    options.appUrl = url;
    return undefined;
  },
};

export const noOptions = (): Options => ({
  bounce: null,
  startStep: null,
  resolver: null,
  liveLookups: null,
  theme: null,
  persist: null,
  appUrl: null,
});

const isOptionName = (name: string): name is OptionName =>
  (OPTION_NAMES as readonly string[]).includes(name);

/**
 * Validates options by name. Values must be text (a switch may also be true or false); unknown
 * names are refused too. Null or undefined means the option was not given.
 */
export function validateOptions(raw: Record<string, unknown>, from: OptionsFrom): Validated {
  const options = noOptions();
  const accepted: [OptionName, string][] = [];
  const problems: string[] = [];
  for (const [name, given] of Object.entries(raw)) {
    if (given === null || given === undefined) continue;
    if (!isOptionName(name)) {
      problems.push(`"${name}" is not an option; ignored.`);
      continue;
    }
    if (from === 'link' && PAGE_ONLY.has(name)) {
      problems.push(`${name} is not taken from a link, which anyone can send; ignored.`);
      continue;
    }
    const value =
      typeof given === 'boolean' && name === 'live-lookups' ? (given ? 'on' : 'off') : given;
    if (typeof value !== 'string') {
      problems.push(`${name} must be text; ignored.`);
      continue;
    }
    const problem = RULES[name](value, options);
    if (problem) problems.push(problem);
    else accepted.push([name, value]);
  }
  return { options, accepted, problems };
}
