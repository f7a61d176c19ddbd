import { describe, expect, it } from 'vitest';
import { readEmbedOptions, type EmbedAttribute } from './embed-options.ts';
import { startLocation } from './start-location.ts';

const start = (attributes: Partial<Record<EmbedAttribute, string>>) =>
  startLocation(readEmbedOptions((name) => attributes[name] ?? null));

describe('startLocation', () => {
  it('opens the first step when there is no bounce', () => {
    expect(start({})).toEqual({ path: '/', action: null });
  });

  it('goes straight to the diagnosis of a pre-filled bounce, like a deep link', () => {
    expect(start({ bounce: '550 5.1.1' })).toEqual({
      path: '/diagnosis',
      action: { type: 'diagnose', text: '550 5.1.1', source: { kind: 'attribute' } },
    });
  });

  it("names the frame's text for what it is: an option", () => {
    const options = readEmbedOptions((name) => (name === 'bounce' ? '550 5.1.1' : null));
    expect(startLocation(options, 'option').action).toEqual({
      type: 'diagnose',
      text: '550 5.1.1',
      source: { kind: 'option' },
    });
  });

  it('leaves the bounce in the box when asked to start at the first step', () => {
    expect(start({ bounce: '550 5.1.1', 'start-step': 'bounce' })).toEqual({
      path: '/',
      action: { type: 'draft-changed', text: '550 5.1.1', source: { kind: 'attribute' } },
    });
  });

  it('opens a later step with the bounce diagnosed', () => {
    expect(start({ bounce: '550 5.1.1', 'start-step': 'checklist' })).toMatchObject({
      path: '/checklist',
      action: { type: 'diagnose' },
    });
    expect(start({ 'start-step': 'settings' })).toEqual({ path: '/settings', action: null });
  });
});
