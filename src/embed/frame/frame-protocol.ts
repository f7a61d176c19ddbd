/**
 * The frame page's options and messages. The frame is the embed for pages that take no
 * third-party script: frame.html#bounce=…&theme=…&origin=https://help.example.
 * Options travel in the fragment, which no server sees (the bounce may hold addresses).
 */

import { validateOptions, type OptionsFrom } from '../../features/options/validate-options.ts';

/** Frame -> host page. */
export type FrameMessage =
  | { type: 'bounce-doctor:ready' }
  | { type: 'bounce-doctor:height'; height: number }
  | { type: `bounce-doctor:${'step' | 'diagnosis' | 'checklist'}`; detail: unknown };

/** Host page -> frame: attributes to set (a string) or remove (null) on the frame's embed. */
export interface OptionsMessage {
  type: 'bounce-doctor:options';
  options: Record<string, string | boolean | null>;
}

export interface FrameConfig {
  /** Where messages go and the only origin they are taken from; null: no messages at all. */
  origin: string | null;
  /** The embed's attributes, from the fragment. */
  attributes: [name: string, value: string][];
  problems: string[];
}

/**
 * Reads frame.html's fragment. `origin` must be an origin (https://help.example) or "*", which
 * sends to, and takes from, whatever page frames this one; there is no default. The options go
 * through the embed's validator: written by the framing page (`page`), or, when frame.html is
 * opened as a page of its own, by whoever sent the link (`link`), who may not choose the
 * resolver, the live lookups, where share links lead or where the wizard is kept.
 */
export function readFrameConfig(
  fragment: string,
  attributeNames: readonly string[],
  from: OptionsFrom = 'page',
): FrameConfig {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const raw: Record<string, string> = {};
  for (const [name, value] of params) if (name !== 'origin') raw[name] = value;
  const { accepted, problems } = validateOptions(raw, from);
  const attributes = accepted.filter(([name]) => attributeNames.includes(name));
  const given = params.get('origin');
  let origin: string | null = null;
  if (given === null) {
    problems.push('no origin= in the URL: the frame cannot tell the page its height.');
  } else if (given === '*' || originOf(given) === given) {
    origin = given;
  } else {
    problems.push(`origin=${given} is not an origin like https://help.example; no messages.`);
  }
  return { origin, attributes, problems };
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

/**
 * The attribute changes an incoming message asks for, or null to ignore it: only options
 * messages, only from the page that frames this one, only from the configured origin.
 */
export function acceptOptions(
  event: Pick<MessageEvent, 'data' | 'origin' | 'source'>,
  config: FrameConfig,
  parent: MessageEventSource | null,
  attributeNames: readonly string[],
): [name: string, value: string | null][] | null {
  if (!isOptionsMessage(event.data)) return null;
  if (config.origin === null || event.source !== parent) return null;
  if (config.origin !== '*' && event.origin !== config.origin) return null;
  const changes: [string, string | null][] = [];
  for (const [name, value] of Object.entries(event.data.options)) {
    if (!attributeNames.includes(name)) continue;
    // null removes the option; anything else must pass the embed's validator.
    if (value === null) changes.push([name, null]);
    else changes.push(...validateOptions({ [name]: value }, 'page').accepted);
  }
  return changes;
}

export function isOptionsMessage(data: unknown): data is OptionsMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, options } = data as Partial<OptionsMessage>;
  return type === 'bounce-doctor:options' && typeof options === 'object' && options !== null;
}
