import { describe, expect, it } from 'vitest';
import { initialWizardState, wizardReducer } from '../wizard/wizard-state.ts';
import { encodeShare } from '../../engine/report/share-codec.ts';
import { toStored } from '../wizard/wizard-storage.ts';
import type { TreeState } from '../../engine/tree/types.ts';
import { readShareLink, shareLink } from './share-link.ts';

let state = wizardReducer(initialWizardState, {
  type: 'diagnose',
  text: '550 5.1.1 <jane@example.org>: Recipient address rejected',
});
state = wizardReducer(state, {
  type: 'sender-changed',
  field: 'fromAddress',
  value: 'news@example.com',
});
state = wizardReducer(state, { type: 'toggle-done', id: 'check:address' });

describe('share links', () => {
  it('round-trip the whole state and the step through the fragment', async () => {
    const link = await shareLink('https://bounce.example/app/', state, 'checklist', false);
    expect(link.startsWith('https://bounce.example/app/#/open?s=v1.')).toBe(true);
    const url = new URL(new URL(link).hash.slice(1), 'http://x.test');
    const back = await readShareLink(url.href);
    expect(back?.step).toBe('checklist');
    // Everything the sharer had, and the opener's checks held until they say so.
    expect(back?.state).toEqual({ ...state, lookupsHeld: true });
  });

  it('hold the opener’s checks whatever the sharer’s were, and carry no hold in the link', async () => {
    const sharerHeld = { ...state, lookupsHeld: true };
    const link = await shareLink('https://bounce.example/', sharerHeld, 'checklist', false);
    const back = await readShareLink(new URL(new URL(link).hash.slice(1), 'http://x.test').href);
    expect(back?.state.lookupsHeld).toBe(true);
    const unheld = await shareLink('https://bounce.example/', state, 'checklist', false);
    expect(unheld).toBe(link);
  });

  it('redact the local part of every address, the same address the same way', async () => {
    const link = await shareLink('https://bounce.example/', state, 'sender', true);
    const back = await readShareLink(new URL(new URL(link).hash.slice(1), 'http://x.test').href);
    expect(back?.state.bounce?.text).toContain('<redacted-1@example.org>');
    expect(back?.state.sender.fromAddress).toBe('redacted-2@example.com');
    expect(JSON.stringify(back)).not.toContain('jane');
  });

  it('keep the answers to the questions when the addresses are redacted', async () => {
    const key = state.bounce?.key ?? '';
    const walk = {
      entry: 'microsoft-dbeb',
      trail: [{ node: 'recipients', answer: 'one' }, { node: 'address-outcome' }],
      known: { recipients: 'one' },
      extraChecks: [],
    };
    const tree = { basis: `${key}:userunknown`, state: walk as unknown as TreeState };
    const answered = wizardReducer(state, { type: 'tree-changed', tree });
    const link = await shareLink('https://bounce.example/', answered, 'checklist', true);
    const back = await readShareLink(new URL(new URL(link).hash.slice(1), 'http://x.test').href);
    expect(back?.state.bounce?.key).not.toBe(key);
    expect(back?.state.tree).toEqual({
      basis: `${back?.state.bounce?.key}:userunknown`,
      state: tree.state,
    });
    expect(JSON.stringify(back)).not.toContain('jane');
  });

  it('refuse damaged or foreign payloads', async () => {
    expect(await readShareLink('http://x.test/open?s=v1.AAAA')).toBeNull();
    expect(await readShareLink('http://x.test/open')).toBeNull();
  });
});

describe('share links made by hand', () => {
  const linkOf = async (payload: unknown) => `http://x.test/open?s=${await encodeShare(payload)}`;

  it('open on the diagnosis when the step is not one a link may name', async () => {
    const stored = toStored(state);
    for (const step of ['../settings', 7, { name: 'checks' }, 'settings']) {
      expect((await readShareLink(await linkOf({ step, state: stored })))?.step).toBe('diagnosis');
    }
    expect((await readShareLink(await linkOf({ step: 'checks', state: stored })))?.step).toBe(
      'checks',
    );
  });
});
