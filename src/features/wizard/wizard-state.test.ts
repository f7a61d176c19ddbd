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

  it('a new bounce clears what the old one built; the same bounce keeps it', () => {
    let state = wizardReducer(initialWizardState, { type: 'diagnose', text: 'one' });
    state = wizardReducer(state, { type: 'correct', reason: 'blocked' });
    state = wizardReducer(state, {
      type: 'sender-changed',
      field: 'sendingIp',
      value: '192.0.2.1',
    });
    state = wizardReducer(state, { type: 'toggle-done', id: 'a' });
    const again = wizardReducer(state, { type: 'diagnose', text: 'one' });
    expect(again.sender.sendingIp).toBe('192.0.2.1');
    expect(again.done).toEqual(['a']);
    const other = wizardReducer(state, { type: 'diagnose', text: 'two' });
    expect(other).toMatchObject({ correction: null, sender: {}, tree: null, done: [] });
  });

  it('a correction clears the walk and the ticks; ticking twice unticks', () => {
    let state = wizardReducer(initialWizardState, { type: 'toggle-done', id: 'a' });
    expect(wizardReducer(state, { type: 'toggle-done', id: 'a' }).done).toEqual([]);
    state = wizardReducer(state, { type: 'correct', reason: 'mailboxfull' });
    expect(state.done).toEqual([]);
    expect(wizardReducer(state, { type: 'correct', reason: 'mailboxfull' })).toBe(state);
  });

  it('stays serialisable', () => {
    const state = wizardReducer(initialWizardState, {
      type: 'diagnose',
      text: 'x',
      source: { kind: 'file', name: 'a.eml', size: 1 },
    });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('holds the checks of an opened share link until allowed, and not for a new bounce', () => {
    const opened = {
      ...wizardReducer(initialWizardState, { type: 'diagnose', text: 'one' }),
      lookupsHeld: true,
    };
    const same = wizardReducer(opened, { type: 'diagnose', text: 'one' });
    expect(same.lookupsHeld).toBe(true);
    expect(wizardReducer(opened, { type: 'allow-lookups' }).lookupsHeld).toBe(false);
    expect(wizardReducer(opened, { type: 'diagnose', text: 'two' }).lookupsHeld).toBe(false);
    expect(wizardReducer(opened, { type: 'reset' }).lookupsHeld).toBe(false);
    const allowed = wizardReducer(opened, { type: 'allow-lookups' });
    expect(wizardReducer(allowed, { type: 'allow-lookups' })).toBe(allowed);
  });
});
