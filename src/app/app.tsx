import { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { SettingsContext } from '../features/settings/settings-context.tsx';
import { settingsStore, type SettingsStore } from '../features/settings/settings.ts';
import {
  createWizardStore,
  sessionStorageOrNull,
  type WizardStore,
} from '../features/wizard/wizard-store.ts';
import { AppHostContext, type AppHost } from './app-host.tsx';
import { AppProviders } from './providers.tsx';
import { createAppRouter, type RouterOptions } from './router.tsx';

export interface AppParts {
  store: WizardStore;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
  host: AppHost;
  settings: SettingsStore;
}

/** How an embed differs from the standalone app; `createApp()` with none is the app itself. */
export interface AppOptions extends RouterOptions {
  /** The wizard's store; by default one kept in sessionStorage. */
  store?: WizardStore;
  /** The settings' store; by default the page's own, kept in localStorage. */
  settings?: SettingsStore;
  embedded?: boolean;
  /** Where share links should open the standalone app (an embed is not on the app's page). */
  appUrl?: string;
}

/** Made once, outside React, so that StrictMode's double rendering cannot make two routers. */
export function createApp(options: AppOptions = {}): AppParts {
  // The wizard store comes first: the router's loaders read and write it (deep links).
  const store = options.store ?? createWizardStore(sessionStorageOrNull());
  const queryClient = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
  return {
    store,
    queryClient,
    router: createAppRouter(store, { memory: options.memory }),
    host: { embedded: options.embedded ?? false, appUrl: options.appUrl },
    settings: options.settings ?? settingsStore,
  };
}

export function App({ store, queryClient, router, host, settings }: AppParts) {
  return (
    <AppHostContext value={host}>
      <SettingsContext value={settings}>
        <AppProviders queryClient={queryClient} store={store}>
          <RouterProvider router={router} />
        </AppProviders>
      </SettingsContext>
    </AppHostContext>
  );
}
