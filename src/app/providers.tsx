import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { WizardProvider } from '../features/wizard/wizard-context.tsx';
import type { WizardStore } from '../features/wizard/wizard-store.ts';

export function AppProviders(props: {
  queryClient: QueryClient;
  store: WizardStore;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <WizardProvider store={props.store}>{props.children}</WizardProvider>
    </QueryClientProvider>
  );
}
