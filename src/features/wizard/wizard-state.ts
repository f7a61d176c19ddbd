import { fingerprint } from './fingerprint.ts';

/**
 * The wizard's whole state: one plain, serialisable object. Step 1 ("Bounce") fills `draft`;
 * "Diagnose" copies it into `bounce`, which step 2 ("Diagnosis") reads. Later steps add fields
 * here (bump `version` when a field changes meaning).
 */
export type InputSource =
  | { kind: 'typed' }
  | { kind: 'file'; name: string; size: number; note?: string }
  | { kind: 'example'; id: string }
  | { kind: 'link' };

export interface SubmittedBounce {
  text: string;
  /** fingerprint(text): the diagnosis query key. */
  key: string;
}

export interface WizardState {
  version: 1;
  /** What is in the text box on step 1. */
  draft: string;
  source: InputSource;
  /** The bounce being diagnosed (step 2); null until "Diagnose". */
  bounce: SubmittedBounce | null;
  /** True when a reload could not bring back text that was too large to keep. */
  lostOnReload: boolean;
}

export type WizardAction =
  | { type: 'draft-changed'; text: string }
  | { type: 'diagnose'; text?: string; source?: InputSource }
  | { type: 'reset' };

export const initialWizardState: WizardState = {
  version: 1,
  draft: '',
  source: { kind: 'typed' },
  bounce: null,
  lostOnReload: false,
};

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'draft-changed':
      if (action.text === state.draft) return state;
      return { ...state, draft: action.text, source: { kind: 'typed' }, lostOnReload: false };
    case 'diagnose': {
      const text = action.text ?? state.draft;
      return {
        ...state,
        draft: text,
        source: action.source ?? state.source,
        bounce: { text, key: fingerprint(text) },
        lostOnReload: false,
      };
    }
    case 'reset':
      return initialWizardState;
  }
}

/** True when there is anything "Start over" would clear. */
export function hasProgress(state: WizardState): boolean {
  return state.draft !== '' || state.bounce !== null || state.lostOnReload;
}
