import {
  OPTION_NAMES,
  validateOptions,
  type OptionName,
  type Options,
} from '../features/options/validate-options.ts';

export {
  isNamedResolver,
  NAMED_RESOLVERS,
  type NamedResolver,
} from '../features/options/validate-options.ts';

/**
 * The attributes of <bounce-doctor>, which are also the options of the frame's URL and of its
 * options messages, all read by one validator (features/options/validate-options.ts). `theme`
 * is applied by the stylesheet alone (see shadow-css.ts).
 */
export const EMBED_ATTRIBUTES = OPTION_NAMES;
export type EmbedAttribute = OptionName;

/** Read once, when the embed starts; changing them later has no effect. */
export const START_ONLY_ATTRIBUTES: readonly EmbedAttribute[] = [
  'start-step',
  'persist',
  'app-url',
];

export type EmbedOptions = Omit<Options, 'theme'> & {
  /** What was wrong with the attributes, for a console warning. */
  problems: string[];
};

/** The element's attributes: set by the page that embeds it. */
export function readEmbedOptions(get: (name: EmbedAttribute) => string | null): EmbedOptions {
  const raw = Object.fromEntries(EMBED_ATTRIBUTES.map((name) => [name, get(name)]));
  const { options, problems } = validateOptions(raw, 'page');
  const { theme: _theme, ...rest } = options;
  return { ...rest, problems };
}
