/**
 * Advice whose words depend on what the checks found. The tree names the advice for an outcome
 * before any check has run; these say what it may claim once they have: no "removal page" when
 * no list names the sender, no "corrected records" when there are none to publish.
 */
import type { BlocklistDetails } from '../checks/blocklists/run.ts';
import type { CheckId } from '../checks/types.ts';
import type { Actor } from '../vocabulary/reasons.ts';
import type { Advice } from '../tree/types.ts';
import type { ChecklistItem } from './types.ts';
import { inSentence } from './words.ts';

const AUTH: readonly CheckId[] = ['spf', 'dkim', 'dmarc'];

type Fit = (
  items: readonly ChecklistItem[],
  results: Results,
  actor: Actor | undefined,
  advice: Advice,
) => string | null;
type Results = Partial<Record<CheckId, { details?: unknown }>>;

const settled = (item: ChecklistItem) => item.status !== 'pending' && item.status !== 'unknown';

const FITS: Record<string, Fit> = {
  'delist-request': (_items, results) => {
    const details = results.blocklists?.details as BlocklistDetails | undefined;
    if (!details?.rows.some((row) => row.status === 'listed')) return null;
    return 'Fix what got you listed first (a compromised account, a spam trap hit, an open relay), then ask each list that names you to remove you: its removal page is linked with the blocklist result.';
  },
  // When the sending server's policy asked for TLS and the receiving one did not offer it, the
  // sending server did its part: the fix is the receiving side's (the next item asks them).
  'fix-tls-sending': (_items, _results, actor, advice) =>
    actor === 'recipient-admin' ? null : advice.text,
  'fix-auth-records': (items) => {
    const auth = items.filter((item) => item.check && AUTH.includes(item.check));
    // Only the results that do show a record are named: "shown with the DKIM result" is untrue
    // when DKIM could not be checked.
    const withRecord = AUTH.filter((id) =>
      auth.some((item) => item.check === id && item.fixes.some((fix) => fix.record)),
    );
    if (withRecord.length > 0) {
      const one = withRecord.length === 1;
      const names = inSentence(withRecord.map((id) => id.toUpperCase()));
      return `Publish the corrected ${one ? 'record' : 'records'} shown with the ${names} ${one ? 'result' : 'results'}, wait for DNS to update (up to the old record’s TTL), then check again here.`;
    }
    if (auth.some((item) => item.status === 'fail' || item.status === 'warn')) {
      return 'Fix what the SPF, DKIM and DMARC results name, wait for DNS to update, then check again here.';
    }
    if (auth.length > 0 && auth.every(settled)) return null;
    return 'SPF or DKIM must pass and align with your From domain; fix whichever of them the checks find failing, then check again here.';
  },
};

/** The advice's text for what was found, or null when it would not be true. */
export function adviceFor(
  advice: Advice,
  items: readonly ChecklistItem[],
  results: Results,
  actor?: Actor,
): string | null {
  const fit = FITS[advice.id];
  return fit ? fit(items, results, actor, advice) : advice.text;
}
