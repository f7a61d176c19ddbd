import { FIRST_STEP, stepPath } from '../app/steps.ts';
import type { WizardAction } from '../features/wizard/wizard-state.ts';
import type { EmbedOptions } from './embed-options.ts';

export interface StartLocation {
  /** Where the embed's memory router starts. */
  path: string;
  /** What the wizard is told first: the pre-filled bounce, if any. */
  action: WizardAction | null;
}

/**
 * Where an embed opens. A bounce goes straight to its diagnosis, as the app's deep link does,
 * unless `start-step="bounce"` asks for it to wait in the text box. A later step that needs what
 * earlier steps give falls back to the first step (the routes' own loaders decide that).
 */
/** `via`: how the host page gave the text, reported as the diagnosis's source. */
export function startLocation(
  { bounce, startStep }: EmbedOptions,
  via: 'attribute' | 'option' = 'attribute',
): StartLocation {
  const step = startStep ?? (bounce === null ? FIRST_STEP : 'diagnosis');
  if (bounce === null) return { path: stepPath(step), action: null };
  return {
    path: stepPath(step),
    action:
      step === FIRST_STEP
        ? { type: 'draft-changed', text: bounce, source: { kind: via } }
        : { type: 'diagnose', text: bounce, source: { kind: via } },
  };
}
