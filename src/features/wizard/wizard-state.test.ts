import { describe, expect, it } from 'vitest';
import { hasProgress, initialWizardState, wizardReducer } from './wizard-state.ts';

describe('wizardReducer', () => {
  it('keeps typed text as the draft without submitting it', () => {
    const state = wizardReducer(initialWizardState, { type: 'draft-changed', text: '550 5.1.1' });
    expect(state.draft).toBe('550 5.1.1');
    expect(state.bounce).toBeNull();
    expect(hasProgress(state)).toBe(true);
  });

  it('returns the same object when the draft does not change', () => {
    expect(wizardReducer(initialWizardState, { type: 'draft-changed', text: '' })).toBe(
      initialWizardState,
    );
  });

  it('diagnoses the draft by default', () => {
    const typed = wizardReducer(initialWizardState, { type: 'draft-changed', text: '452 4.2.2' });
    const state = wizardReducer(typed, { type: 'diagnose' });
    expect(state.bounce?.text).toBe('452 4.2.2');
    expect(state.bounce?.key).toMatch(/^9-/);
  });

  it('diagnoses given text and puts it in the box too', () => {
    const state = wizardReducer(initialWizardState, {
      type: 'diagnose',
      text: 'example text',
      source: { kind: 'example', id: 'seed' },
    });
    expect(state.draft).toBe('example text');
    expect(state.source).toEqual({ kind: 'example', id: 'seed' });
  });

  it('clears everything on reset', () => {
    const state = wizardReducer(initialWizardState, { type: 'diagnose', text: 'x' });
    const reset = wizardReducer(state, { type: 'reset' });
    expect(reset).toEqual(initialWizardState);
    expect(hasProgress(reset)).toBe(false);
  });

  it('stays serialisable', () => {
    const state = wizardReducer(initialWizardState, {
      type: 'diagnose',
      text: 'x',
      source: { kind: 'file', name: 'a.eml', size: 1 },
    });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
