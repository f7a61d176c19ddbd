import { describe, expect, it } from 'vitest';
import { memoryTexts } from './large-texts.ts';
import {
  MAX_KEPT_CHARS,
  STORAGE_KEY,
  deserializeWizard,
  largeTextsOf,
  loadWizard,
  loadWizardWithTexts,
  saveWizard,
  serializeWizard,
  toStored,
  type StorageLike,
} from './wizard-storage.ts';
import { initialWizardState, wizardReducer, type WizardState } from './wizard-state.ts';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const diagnosed: WizardState = wizardReducer(initialWizardState, {
  type: 'diagnose',
  text: '550 5.4.1 Recipient address rejected',
  source: { kind: 'example', id: 'seed' },
});

describe('wizard storage', () => {
  it('round-trips a diagnosed state, storing the text once', () => {
    const raw = serializeWizard(diagnosed);
    expect(raw.split('Recipient address rejected').length).toBe(2);
    expect(deserializeWizard(raw)).toEqual(diagnosed);
  });

  it('keeps checks held over a reload, until they are allowed', () => {
    const held = { ...diagnosed, lookupsHeld: true };
    expect(deserializeWizard(serializeWizard(held))).toEqual(held);
    expect(serializeWizard(diagnosed)).not.toContain('held');
  });

  it('keeps a draft that was edited after diagnosing', () => {
    const edited = wizardReducer(diagnosed, { type: 'draft-changed', text: 'new text' });
    expect(deserializeWizard(serializeWizard(edited))).toEqual(edited);
  });

  it('drops text too large to keep and remembers that it did', () => {
    const huge = 'x'.repeat(MAX_KEPT_CHARS + 1);
    const state = wizardReducer(initialWizardState, { type: 'diagnose', text: huge });
    const back = deserializeWizard(serializeWizard(state));
    expect(back.draft).toBe('');
    expect(back.bounce).toBeNull();
    expect(back.lostOnReload).toBe(true);
  });

  it('marks text too large for sessionStorage as kept elsewhere, when there is an elsewhere', async () => {
    const huge = 'x'.repeat(MAX_KEPT_CHARS + 1);
    const other = 'y'.repeat(MAX_KEPT_CHARS + 1);
    let state = wizardReducer(initialWizardState, { type: 'diagnose', text: huge });
    state = wizardReducer(state, { type: 'draft-changed', text: other });
    const stored = toStored(state, true);
    expect(stored).toMatchObject({
      draft: null,
      bounce: null,
      lost: false,
      large: ['draft', 'bounce'],
    });
    expect(largeTextsOf(state)).toEqual({ draft: other, bounce: huge });

    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    const texts = memoryTexts();
    await texts.put('draft', other);
    await texts.put('bounce', huge);
    expect(await loadWizardWithTexts(storage, texts)).toEqual(state);
    // A text IndexedDB no longer has is lost, and the page says so.
    await texts.remove('bounce');
    const partly = await loadWizardWithTexts(storage, texts);
    expect([partly.draft, partly.bounce, partly.lostOnReload]).toEqual([other, null, true]);
  });

  it('falls back to the initial state on garbage or another version', () => {
    expect(deserializeWizard('not json')).toBe(initialWizardState);
    expect(deserializeWizard('{"version":3}')).toBe(initialWizardState);
    expect(deserializeWizard(null)).toBe(initialWizardState);
  });

  it('keeps the later steps and reads a version 1 state', () => {
    const later = wizardReducer(
      wizardReducer(diagnosed, { type: 'correct', reason: 'mailboxfull' }),
      { type: 'sender-changed', field: 'fromAddress', value: 'news@example.com' },
    );
    const ticked = wizardReducer(later, { type: 'toggle-done', id: 'check:spf' });
    expect(deserializeWizard(serializeWizard(ticked))).toEqual(ticked);
    const v1 =
      '{"version":1,"draft":"550","source":{"kind":"typed"},"bounce":"draft","lost":false}';
    expect(deserializeWizard(v1)).toMatchObject({
      version: 2,
      draft: '550',
      correction: null,
      done: [],
    });
  });

  it('rejects a correction that is not a reason and a malformed tree', () => {
    const raw = JSON.stringify({
      version: 2,
      draft: 'x',
      bounce: 'draft',
      correction: '<script>',
      tree: { basis: 1 },
    });
    expect(deserializeWizard(raw)).toMatchObject({ correction: null, tree: null });
  });

  it('saves, loads and clears through a storage', () => {
    const storage = memoryStorage();
    saveWizard(storage, diagnosed);
    expect(loadWizard(storage)).toEqual(diagnosed);
    saveWizard(storage, initialWizardState);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });

  it('survives a storage that throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadWizard(broken)).toBe(initialWizardState);
    expect(() => saveWizard(broken, diagnosed)).not.toThrow();
  });
});
