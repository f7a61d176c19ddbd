/**
 * Every blocklist the check knows, in the order results are shown: the lists receivers reject
 * on most come first. Shut-down lists (SORBS, decommissioned 2024-06-05) are deliberately absent;
 * commercial lists that need a subscription (Invaluement, Abusix) are not queried.
 */
import { BARRACUDA } from './lists/barracuda.ts';
import { DRONEBL } from './lists/dronebl.ts';
import { MAILSPIKE } from './lists/mailspike.ts';
import { PSBL } from './lists/psbl.ts';
import { S5H } from './lists/s5h.ts';
import { SENDERSCORE } from './lists/senderscore.ts';
import { SPAMCOP } from './lists/spamcop.ts';
import { SPAMHAUS_DOMAINS } from './lists/spamhaus-domains.ts';
import { SPAMHAUS_ZEN } from './lists/spamhaus-zen.ts';
import { SURBL } from './lists/surbl.ts';
import { UCEPROTECT } from './lists/uceprotect.ts';
import { URIBL } from './lists/uribl.ts';
import type { Blocklist } from './types.ts';

export const BLOCKLISTS: readonly Blocklist[] = [
  ...SPAMHAUS_ZEN,
  ...SPAMHAUS_DOMAINS,
  ...BARRACUDA,
  ...SPAMCOP,
  ...SURBL,
  ...URIBL,
  ...UCEPROTECT,
  ...PSBL,
  ...MAILSPIKE,
  ...SENDERSCORE,
  ...DRONEBL,
  ...S5H,
];

export function blocklistById(id: string): Blocklist | undefined {
  return BLOCKLISTS.find((list) => list.id === id);
}
