import { createContext, useContext } from 'react';
import type { DnsState } from './dns-state.ts';
import type { SentLog } from './sent-log.ts';

/** The app's DNS state (createApp makes one per app, so two embeds never share it). */
export const DnsContext = createContext<DnsState | null>(null);

export function useDnsState(): DnsState {
  const state = useContext(DnsContext);
  if (!state) throw new Error('No DNS state: render inside <App> (createApp provides one).');
  return state;
}

/** This app's log of what left the browser. */
export function useSentLog(): SentLog {
  return useDnsState().log;
}
