import { useSettings } from '../settings/use-settings.ts';
import { useDnsState } from './dns-context.tsx';
import { sessionOf, type DnsSession } from './dns-session.ts';

/** This app's session for the resolver the settings choose. */
export function useDnsSession(): DnsSession {
  return sessionOf(useDnsState(), useSettings());
}
