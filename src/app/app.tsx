import { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { DiagnoseClientContext } from '../features/diagnosis/get-diagnosis.ts';
import {
  createDiagnoseClient,
  type DiagnoseClient,
} from '../features/diagnosis/diagnose-client.ts';
import { DnsContext } from '../features/dns/dns-context.tsx';
import { createDnsState, type DnsState } from '../features/dns/dns-state.ts';
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
  /** This app's DNS sessions and its log of what left the browser. */
  dns: DnsState;
  /** This app's reader of bounces (its own worker). */
  diagnose: DiagnoseClient;
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
  print?: () => void;
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
    host: { embedded: options.embedded ?? false, appUrl: options.appUrl, print: options.print },
    settings: options.settings ?? settingsStore,
    // Per app, not per page: two embeds keep their own DNS cache, query log and worker.
    dns: createDnsState(),
    diagnose: createDiagnoseClient(),
  };
}

export function App({ store, queryClient, router, host, settings, dns, diagnose }: AppParts) {
  return (
    <AppHostContext value={host}>
      <SettingsContext value={settings}>
        <DnsContext value={dns}>
          <DiagnoseClientContext value={diagnose}>
            <AppProviders queryClient={queryClient} store={store}>
              <RouterProvider router={router} />
            </AppProviders>
          </DiagnoseClientContext>
        </DnsContext>
      </SettingsContext>
    </AppHostContext>
  );
}
