import { fingerprint } from './fingerprint.ts';
import { initialWizardState, type InputSource, type WizardState } from './wizard-state.ts';

export const STORAGE_KEY = 'bounce-doctor:wizard';

/**
 * Texts longer than this are not written to sessionStorage: browsers give an origin about 5 M
 * characters there, and writing megabytes on every keystroke would stall typing.
 */
export const MAX_KEPT_CHARS = 1_000_000;

/** The stored form: the bounce is usually the draft itself, so it is not stored twice. */
interface StoredWizard {
  version: 1;
  draft: string | null;
  source: InputSource;
  bounce: 'draft' | string | null;
  lost: boolean;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function serializeWizard(state: WizardState): string {
  const keep = (text: string) => text.length <= MAX_KEPT_CHARS;
  const bounceText = state.bounce?.text ?? null;
  const stored: StoredWizard = {
    version: 1,
    draft: keep(state.draft) ? state.draft : null,
    source: state.source,
    bounce:
      bounceText === null || !keep(bounceText)
        ? null
        : bounceText === state.draft
          ? 'draft'
          : bounceText,
    lost: state.lostOnReload || !keep(state.draft) || (bounceText !== null && !keep(bounceText)),
  };
  return JSON.stringify(stored);
}

export function deserializeWizard(raw: string | null): WizardState {
  if (!raw) return initialWizardState;
  try {
    const stored = JSON.parse(raw) as Partial<StoredWizard>;
    if (stored.version !== 1) return initialWizardState;
    const draft = typeof stored.draft === 'string' ? stored.draft : '';
    const bounceText =
      stored.bounce === 'draft' ? draft : typeof stored.bounce === 'string' ? stored.bounce : null;
    return {
      version: 1,
      draft,
      source: isSource(stored.source) ? stored.source : { kind: 'typed' },
      bounce: bounceText === null ? null : { text: bounceText, key: fingerprint(bounceText) },
      lostOnReload: stored.lost === true,
    };
  } catch {
    return initialWizardState;
  }
}

function isSource(value: unknown): value is InputSource {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'typed' || kind === 'file' || kind === 'example' || kind === 'link';
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
