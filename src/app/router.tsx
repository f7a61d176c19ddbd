import { createHashRouter, createMemoryRouter, redirect, type RouteObject } from 'react-router';
import type { WizardStore } from '../features/wizard/wizard-store.ts';
import { readDeepLink } from './deep-link.ts';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Every route of the app, as data. A hash router: the app runs from any static host or inside a
 * help site, and the fragment (where a deep link carries the bounce) never reaches a server.
 * Route components are lazy, so the first paint loads only the shell.
 */
/** While a lazy route loads on first visit: a blank main beats a flashing "Loading…". */
function LoadingNothing() {
  return null;
}

/** The route objects, shared by the standalone app (hash router) and the embed (memory router). */
export function appRoutes(store: WizardStore): RouteObject[] {
  const needsBounce = () => (store.getState().bounce ? null : redirect('/'));
  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      children: [
        {
          // Step 1, "Bounce". A deep link #/?bounce=<text> goes straight on to the diagnosis.
          index: true,
          HydrateFallback: LoadingNothing,
          loader: ({ request }) => {
            const text = readDeepLink(request.url);
            if (text === null) return null;
            store.dispatch({ type: 'diagnose', text, source: { kind: 'link' } });
            return redirect('/diagnosis');
          },
          lazy: async () => ({
            Component: (await import('./routes/bounce-route.tsx')).BounceRoute,
          }),
        },
        {
          // Step 2, "Diagnosis": needs a bounce from step 1.
          path: 'diagnosis',
          HydrateFallback: LoadingNothing,
          loader: needsBounce,
          lazy: async () => ({
            Component: (await import('./routes/diagnosis-route.tsx')).DiagnosisRoute,
          }),
        },
        // Steps 3 to 5 need a bounce from step 1, like step 2.
        {
          path: 'sender',
          HydrateFallback: LoadingNothing,
          loader: needsBounce,
          lazy: async () => ({
            Component: (await import('./routes/sender-route.tsx')).SenderRoute,
          }),
        },
        {
          path: 'checks',
          HydrateFallback: LoadingNothing,
          loader: needsBounce,
          lazy: async () => ({
            Component: (await import('./routes/checks-route.tsx')).ChecksRoute,
          }),
        },
        {
          path: 'checklist',
          HydrateFallback: LoadingNothing,
          loader: needsBounce,
          lazy: async () => ({
            Component: (await import('./routes/checklist-route.tsx')).ChecklistRoute,
          }),
        },
        {
          // Many bounces at once (not a wizard step): triage a batch, open one in the wizard.
          path: 'batch',
          HydrateFallback: LoadingNothing,
          lazy: async () => ({ Component: (await import('./routes/batch-route.tsx')).BatchRoute }),
        },
        {
          path: 'how-it-decides',
          HydrateFallback: LoadingNothing,
          lazy: async () => ({ Component: (await import('./routes/how-route.tsx')).HowRoute }),
        },
        {
          path: 'settings',
          HydrateFallback: LoadingNothing,
          lazy: async () => ({
            Component: (await import('./routes/settings-route.tsx')).SettingsRoute,
          }),
        },
        {
          // A share link, #/open?s=<compressed state>: restore it and go to its step.
          path: 'open',
          loader: async ({ request }) => {
            const { readShareLink } = await import('../features/checklist/share-link.ts');
            const shared = await readShareLink(request.url).catch(() => null);
            if (!shared) return redirect('/');
            store.dispatch({ type: 'restore', state: shared.state });
            return redirect(`/${shared.step}`);
          },
        },
        { path: '*', loader: () => redirect('/') },
      ],
    },
  ];
}

export interface RouterOptions {
  /** A memory router (for embedding: the host page's URL and history are never touched). */
  memory?: { initialEntries: string[] };
}

export function createAppRouter(store: WizardStore, options: RouterOptions = {}) {
  const routes = appRoutes(store);
  return options.memory ? createMemoryRouter(routes, options.memory) : createHashRouter(routes);
}
