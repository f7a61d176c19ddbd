import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../engine/index.ts';
import { createWizardStore } from '../features/wizard/wizard-store.ts';
import { observeAppEvents, toggledItem, type AppEvent } from './app-events.ts';

const SEED =
  '550 5.4.1 <jane@example.org>: Recipient address rejected: Access denied. AS(201806281)';

const Component = () => null;

function setUp(initialEntries = ['/']) {
  const store = createWizardStore(null);
  const router = createMemoryRouter(
    [
      {
        path: '/',
        children: [
          { index: true, Component },
          { path: 'diagnosis', Component },
          { path: 'checklist', Component },
          { path: '*', loader: () => null },
        ],
      },
    ],
    { initialEntries },
  );
  const queryClient = new QueryClient();
  const events: AppEvent[] = [];
  const stop = observeAppEvents({ router, queryClient, store }, (event) => events.push(event));
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (router.state.initialized && router.state.navigation.state === 'idle') resolve();
      };
      router.subscribe(check);
      check();
    });
  return { store, router, queryClient, events, stop, settled };
}

describe('observeAppEvents', () => {
  it('reports the first step and each step moved to, with its place in the wizard', async () => {
    const app = setUp(['/diagnosis']);
    await app.settled();
    await app.router.navigate('/checklist');
    await app.router.navigate('/checklist');
    await app.router.navigate('/');
    expect(app.events).toEqual([
      { type: 'step', detail: { step: 'diagnosis', index: 2 } },
      { type: 'step', detail: { step: 'checklist', index: 3 } },
      { type: 'step', detail: { step: 'bounce', index: 1 } },
    ]);
  });

  it('reports a diagnosis by its codes, never by the text or the address', async () => {
    const app = setUp();
    await app.settled();
    app.store.dispatch({ type: 'diagnose', text: SEED, source: { kind: 'link' } });
    const diagnosis = await diagnose(SEED);
    await app.queryClient.fetchQuery({ queryKey: ['diagnosis', 'k'], queryFn: () => diagnosis });

    const reported = app.events.filter((event) => event.type === 'diagnosis');
    expect(reported).toHaveLength(1);
    expect(reported[0]?.detail).toMatchObject({
      status: 'ready',
      source: 'link',
      isBounce: true,
      recipients: [{ status: '5.4.1', replyCode: 550, permanent: true }],
    });
    expect(JSON.stringify(reported)).not.toMatch(/jane|example\.org|Access denied/);
  });

  it('reports a failed diagnosis by its kind only', async () => {
    const app = setUp();
    const timeout = Object.assign(new Error('took too long reading jane@example.org'), {
      name: 'DiagnoseTimeoutError',
    });
    await app.queryClient
      .fetchQuery({
        queryKey: ['diagnosis', 'x'],
        queryFn: () => Promise.reject(timeout),
        retry: false,
      })
      .catch(() => undefined);
    await app.queryClient
      .fetchQuery({ queryKey: ['other'], queryFn: () => 1 })
      .catch(() => undefined);
    expect(app.events.filter((event) => event.type === 'diagnosis')).toEqual([
      { type: 'diagnosis', detail: { status: 'failed', source: 'typed', error: 'timeout' } },
    ]);
  });

  it('reports each checklist item ticked or unticked, and stops when asked', async () => {
    const app = setUp();
    app.store.dispatch({ type: 'diagnose', text: SEED });
    app.store.dispatch({ type: 'toggle-done', id: 'spf' });
    app.store.dispatch({ type: 'toggle-done', id: 'dkim' });
    app.store.dispatch({ type: 'toggle-done', id: 'spf' });
    app.stop();
    app.store.dispatch({ type: 'toggle-done', id: 'dmarc' });
    expect(app.events.filter((event) => event.type === 'checklist')).toEqual([
      { type: 'checklist', detail: { item: 'spf', done: true, doneCount: 1 } },
      { type: 'checklist', detail: { item: 'dkim', done: true, doneCount: 2 } },
      { type: 'checklist', detail: { item: 'spf', done: false, doneCount: 1 } },
    ]);
  });
});

describe('toggledItem', () => {
  it('names the one item that changed, and nothing when many did', () => {
    expect(toggledItem(['a'], ['a', 'b'])).toEqual({ item: 'b', done: true });
    expect(toggledItem(['a', 'b'], ['b'])).toEqual({ item: 'a', done: false });
    expect(toggledItem(['a', 'b'], [])).toBeNull();
    expect(toggledItem(['a'], ['a'])).toBeNull();
  });
});
