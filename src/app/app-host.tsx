import { createContext, useContext } from 'react';

/** What the page around the app is: the app's own page, or a help site's page it is embedded in. */
export interface AppHost {
  /** True in an embed: the page's title, URL, landmarks and focus belong to the host page. */
  embedded: boolean;
  /** Where a share link opens the standalone app; by default the page the app runs on. */
  appUrl?: string;
  /** How the Print button prints; by default the page (an embed prints only itself). */
  print?: () => void;
}

export const AppHostContext = createContext<AppHost>({ embedded: false });

export function useAppHost(): AppHost {
  return useContext(AppHostContext);
}
