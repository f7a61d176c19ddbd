// The reason list straight from its module: this file is in the first bundle, the engine is not.
import { REASONS, type Reason } from '../../engine/classify/types.ts';
import { fingerprint } from './fingerprint.ts';
import type { LargeTextName, LargeTexts } from './large-texts.ts';
import {
  initialWizardState,
  type InputSource,
  type SenderInput,
  type TreeProgress,
  type WizardState,
} from './wizard-state.ts';

export const STORAGE_KEY = 'bounce-doctor:wizard';

/**
 * Texts longer than this are not written to sessionStorage: browsers give an origin about 5 M
 * characters there, and writing megabytes on every keystroke would stall typing. They go to
 * IndexedDB instead (large-texts.ts), or, where there is none, are lost on a reload.
 */
export const MAX_KEPT_CHARS = 1_000_000;

/** The stored form: the bounce is usually the draft itself, so it is not stored twice. */
export interface StoredWizard {
  version: 2;
  draft: string | null;
  source: InputSource;
  bounce: 'draft' | string | null;
  lost: boolean;
  /** Texts kept in IndexedDB instead (too large for sessionStorage). */
  large?: LargeTextName[];
  correction: Reason | null;
  sender: SenderInput;
  tree: TreeProgress | null;
  done: string[];
  /** Kept over a reload; a share link never carries it (opening one sets it). */
  held?: true;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const fits = (text: string) => text.length <= MAX_KEPT_CHARS;

/**
 * The state to store. With `largeKept`, texts too large for sessionStorage are marked as kept
 * elsewhere (IndexedDB); without (a share link, a page without IndexedDB), they are left out and
 * the state says they were lost.
 */
export function toStored(state: WizardState, largeKept = false): StoredWizard {
  const bounceText = state.bounce?.text ?? null;
  const large: LargeTextName[] = [];
  if (largeKept && !fits(state.draft)) large.push('draft');
  const bounceIsDraft = bounceText === state.draft;
  if (largeKept && bounceText !== null && !fits(bounceText) && !bounceIsDraft) large.push('bounce');
  const lostDraft = !fits(state.draft) && !largeKept;
  const lostBounce = bounceText !== null && !fits(bounceText) && !largeKept;
  return {
    version: 2,
    draft: fits(state.draft) ? state.draft : null,
    source: state.source,
    bounce:
      bounceText === null || lostBounce
        ? null
        : bounceIsDraft
          ? 'draft'
          : fits(bounceText)
            ? bounceText
            : null,
    lost: state.lostOnReload || lostDraft || lostBounce,
    ...(large.length ? { large } : {}),
    correction: state.correction,
    sender: state.sender,
    tree: state.tree,
    done: state.done,
    ...(state.lookupsHeld ? { held: true as const } : {}),
  };
}

export function serializeWizard(state: WizardState, largeKept = false): string {
  return JSON.stringify(toStored(state, largeKept));
}

/** The texts of `state` that are too large for sessionStorage, as stored beside it. */
export function largeTextsOf(state: WizardState): Partial<Record<LargeTextName, string>> {
  const texts: Partial<Record<LargeTextName, string>> = {};
  if (!fits(state.draft)) texts.draft = state.draft;
  const bounce = state.bounce?.text;
  if (bounce !== undefined && !fits(bounce) && bounce !== state.draft) texts.bounce = bounce;
  return texts;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isSource(value: unknown): value is InputSource {
  if (!isObject(value)) return false;
  const kind = value.kind;
  return ['typed', 'file', 'example', 'link', 'attribute', 'option'].includes(kind as string);
}

function senderOf(value: unknown): SenderInput {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => typeof v === 'string'),
  ) as SenderInput;
}

function treeOf(value: unknown): TreeProgress | null {
  if (!isObject(value) || typeof value.basis !== 'string' || !isObject(value.state)) return null;
  const state = value.state;
  if (typeof state.entry !== 'string' || !Array.isArray(state.trail)) return null;
  const trailOk = state.trail.every((step) => isObject(step) && typeof step.node === 'string');
  return trailOk ? (value as unknown as TreeProgress) : null;
}

/** A stored (or shared) object back to a state; anything malformed falls back to defaults. */
export function fromStored(value: unknown): WizardState {
  if (!isObject(value) || (value.version !== 2 && value.version !== 1)) return initialWizardState;
  const draft = typeof value.draft === 'string' ? value.draft : '';
  const bounceText =
    value.bounce === 'draft' ? draft : typeof value.bounce === 'string' ? value.bounce : null;
  const correction = (REASONS as readonly unknown[]).includes(value.correction)
    ? (value.correction as Reason)
    : null;
  return {
    version: 2,
    draft,
    source: isSource(value.source) ? value.source : { kind: 'typed' },
    bounce: bounceText === null ? null : { text: bounceText, key: fingerprint(bounceText) },
    lostOnReload: value.lost === true,
    correction,
    sender: senderOf(value.sender),
    tree: treeOf(value.tree),
    done: Array.isArray(value.done) ? value.done.filter((id) => typeof id === 'string') : [],
    lookupsHeld: value.held === true,
  };
}

export function deserializeWizard(raw: string | null): WizardState {
  if (!raw) return initialWizardState;
  try {
    return fromStored(JSON.parse(raw));
  } catch {
    return initialWizardState;
  }
}

export function loadWizard(storage: StorageLike | null): WizardState {
  try {
    return deserializeWizard(storage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage can throw when the browser blocks it (sandboxed iframes, privacy settings).
    return initialWizardState;
  }
}

/**
 * The stored state with its large texts read back from `texts`. Only a state that has some
 * waits for IndexedDB; a text that is not there any more (deleted, never written) is lost, and
 * the page says so.
 */
export async function loadWizardWithTexts(
  storage: StorageLike | null,
  texts: LargeTexts | null,
): Promise<WizardState> {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown>;
  } catch {
    return initialWizardState;
  }
  const large = Array.isArray(value?.large) ? value.large : [];
  if (large.length === 0) return fromStored(value);
  const read = async (name: LargeTextName) =>
    large.includes(name) ? ((await texts?.get(name).catch(() => undefined)) ?? null) : undefined;
  const [draft, bounce] = [await read('draft'), await read('bounce')];
  const restored = { ...value };
  if (draft !== undefined) restored.draft = draft;
  if (bounce !== undefined) restored.bounce = bounce;
  // The bounce was the draft, and the draft is gone: so is the bounce.
  if (draft === null && value.bounce === 'draft') restored.bounce = null;
  const state = fromStored(restored);
  return draft === null || bounce === null ? { ...state, lostOnReload: true } : state;
}

export function saveWizard(
  storage: StorageLike | null,
  state: WizardState,
  texts: LargeTexts | null = null,
): void {
  try {
    if (state === initialWizardState) storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, serializeWizard(state, texts !== null));
  } catch {
    // Quota exceeded or storage blocked: the app keeps working, only reload-survival is lost.
  }
}
