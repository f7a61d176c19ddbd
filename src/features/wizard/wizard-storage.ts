// The reason list straight from its module: this file is in the first bundle, the engine is not.
import { REASONS, type Reason } from '../../engine/classify/types.ts';
import { fingerprint } from './fingerprint.ts';
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
 * characters there, and writing megabytes on every keystroke would stall typing.
 */
export const MAX_KEPT_CHARS = 1_000_000;

/** The stored form: the bounce is usually the draft itself, so it is not stored twice. */
export interface StoredWizard {
  version: 2;
  draft: string | null;
  source: InputSource;
  bounce: 'draft' | string | null;
  lost: boolean;
  correction: Reason | null;
  sender: SenderInput;
  tree: TreeProgress | null;
  done: string[];
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function toStored(state: WizardState): StoredWizard {
  const keep = (text: string) => text.length <= MAX_KEPT_CHARS;
  const bounceText = state.bounce?.text ?? null;
  return {
    version: 2,
    draft: keep(state.draft) ? state.draft : null,
    source: state.source,
    bounce:
      bounceText === null || !keep(bounceText)
        ? null
        : bounceText === state.draft
          ? 'draft'
          : bounceText,
    lost: state.lostOnReload || !keep(state.draft) || (bounceText !== null && !keep(bounceText)),
    correction: state.correction,
    sender: state.sender,
    tree: state.tree,
    done: state.done,
  };
}

export function serializeWizard(state: WizardState): string {
  return JSON.stringify(toStored(state));
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

export function saveWizard(storage: StorageLike | null, state: WizardState): void {
  try {
    if (state === initialWizardState) storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, serializeWizard(state));
  } catch {
    // Quota exceeded or storage blocked: the app keeps working, only reload-survival is lost.
  }
}
