import type { Reason, SenderField, TreeState } from '../../engine/index.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * The wizard's whole state: one plain, serialisable object. Step 1 ("Bounce") fills `draft`;
 * "Diagnose" copies it into `bounce`, which step 2 reads; step 2 may correct the reason; step 3
 * keeps what the person typed about the sender; step 4 the walk through the decision tree; step
 * 5 which items are ticked off. A new bounce or a new reason clears what depended on the old one.
 * Version 2 added correction, sender, tree and done.
 */
export type InputSource =
  | { kind: 'typed' }
  | { kind: 'file'; name: string; size: number; note?: string }
  | { kind: 'example'; id: string }
  | { kind: 'link' }
  /** An embed's text: the <bounce-doctor> `bounce` attribute, or the frame's `bounce` option. */
  | { kind: 'attribute' }
  | { kind: 'option' };

export interface SubmittedBounce {
  text: string;
  /** fingerprint(text): the diagnosis query key. */
  key: string;
}

/** The walk through the tree, and what it was started for (bounce key and reason). */
export interface TreeProgress {
  basis: string;
  state: TreeState;
}

export type SenderInput = Partial<Record<SenderField, string>>;

export interface WizardState {
  version: 2;
  /** What is in the text box on step 1. */
  draft: string;
  source: InputSource;
  /** The bounce being diagnosed (step 2); null until "Diagnose". */
  bounce: SubmittedBounce | null;
  /** True when a reload could not bring back text that was too large to keep. */
  lostOnReload: boolean;
  /** The reason the person chose instead of the diagnosis's, or null. */
  correction: Reason | null;
  /** Sender details as typed (step 3); a field absent here shows its pre-filled value. */
  sender: SenderInput;
  tree: TreeProgress | null;
  /** Checklist items ticked off as done. */
  done: string[];
  /**
   * True when the wizard was opened from a share link: its checks send nothing to a resolver
   * until the person says so ("allow-lookups"), since the opener did not start them.
   */
  lookupsHeld: boolean;
}

export type WizardAction =
  | { type: 'draft-changed'; text: string; source?: InputSource }
  | { type: 'diagnose'; text?: string; source?: InputSource }
  | { type: 'correct'; reason: Reason | null }
  | { type: 'sender-changed'; field: SenderField; value: string }
  | { type: 'tree-changed'; tree: TreeProgress }
  | { type: 'toggle-done'; id: string }
  | { type: 'restore'; state: WizardState }
  | { type: 'allow-lookups' }
  | { type: 'reset' };

export const initialWizardState: WizardState = {
  version: 2,
  draft: '',
  source: { kind: 'typed' },
  bounce: null,
  lostOnReload: false,
  correction: null,
  sender: {},
  tree: null,
  done: [],
  lookupsHeld: false,
};

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'draft-changed':
      if (action.text === state.draft) return state;
      return {
        ...state,
        draft: action.text,
        source: action.source ?? { kind: 'typed' },
        lostOnReload: false,
      };
    case 'diagnose': {
      const text = action.text ?? state.draft;
      const key = fingerprint(text);
      const same = state.bounce?.key === key;
      return {
        ...state,
        draft: text,
        source: action.source ?? state.source,
        bounce: { text, key },
        lostOnReload: false,
        // The same bounce again keeps what was built on it; a new one starts afresh, and is
        // the person's own: its checks run as usual.
        ...(same ? {} : { correction: null, sender: {}, tree: null, done: [], lookupsHeld: false }),
      };
    }
    case 'correct':
      if (action.reason === state.correction) return state;
      return { ...state, correction: action.reason, tree: null, done: [] };
    case 'sender-changed':
      if (state.sender[action.field] === action.value) return state;
      return { ...state, sender: { ...state.sender, [action.field]: action.value } };
    case 'tree-changed':
      return { ...state, tree: action.tree };
    case 'toggle-done':
      return {
        ...state,
        done: state.done.includes(action.id)
          ? state.done.filter((id) => id !== action.id)
          : [...state.done, action.id],
      };
    case 'restore':
      return action.state;
    case 'allow-lookups':
      return state.lookupsHeld ? { ...state, lookupsHeld: false } : state;
    case 'reset':
      return initialWizardState;
  }
}

/** True when there is anything "Start over" would clear. */
export function hasProgress(state: WizardState): boolean {
  return state.draft !== '' || state.bounce !== null || state.lostOnReload;
}
