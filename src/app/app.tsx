import { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import {
  createWizardStore,
  sessionStorageOrNull,
  type WizardStore,
} from '../features/wizard/wizard-store.ts';
import { AppProviders } from './providers.tsx';
import { createAppRouter } from './router.tsx';

export interface AppParts {
  store: WizardStore;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}

/** Made once, outside React, so that StrictMode's double rendering cannot make two routers. */
export function createApp(): AppParts {
  // The wizard store comes first: the router's loaders read and write it (deep links).
  const store = createWizardStore(sessionStorageOrNull());
  const queryClient = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
  return { store, queryClient, router: createAppRouter(store) };
}

export function App({ store, queryClient, router }: AppParts) {
  return (
    <AppProviders queryClient={queryClient} store={store}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
