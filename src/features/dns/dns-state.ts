/**
 * The app's DNS state: its log of what left the browser and the session of the moment. One per
 * app (createApp), so two embeds on one page keep their own cache and list. Plain data with no
 * engine import: the app makes it before any step (and the engine) has loaded.
 */
import type { DnsSession } from './dns-session.ts';
import { createSentLog, type SentLog } from './sent-log.ts';

export interface DnsState {
  log: SentLog;
  /** The session for the settings last asked for (dns-session.ts sessionOf keeps it). */
  current?: DnsSession;
}

export function createDnsState(): DnsState {
  return { log: createSentLog() };
}
