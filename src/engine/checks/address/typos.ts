/**
 * "Did you mean gmail.com?": a domain a short edit away from a big mailbox domain is almost
 * always a typo, and mail to it bounces or (worse) reaches a typo-squatter.
 */
import {
  LOOKALIKES_IN_USE,
  MAILBOX_DOMAINS,
  TLD_SLIPS,
  type MailboxDomain,
} from './mailbox-domains.ts';

export interface DomainTypo {
  suggestion: string;
  provider: string;
  /** Edits in the name part (Damerau-Levenshtein), plus one for a TLD slip. */
  distance: number;
  kind: 'name' | 'tld' | 'name-and-tld' | 'missing-dot';
  source: string;
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost one. `limit` lets it stop early.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (i > 0 && best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * How many edits a name part may be from a target's name and still count as a typo: short names
 * have too many real neighbours ("aol" vs "sol", "ao", "bol"), so they only count for TLD slips.
 */
function allowedEdits(name: string): number {
  if (name.length <= 3) return 0;
  if (name.length <= 5) return 1;
  return 2;
}

const KNOWN = new Set([...MAILBOX_DOMAINS.map((row) => row.domain), ...LOOKALIKES_IN_USE]);

function splitName(domain: string): { name: string; tld: string } {
  const dot = domain.indexOf('.');
  return dot < 0
    ? { name: domain, tld: '' }
    : { name: domain.slice(0, dot), tld: domain.slice(dot + 1) };
}

/** The big mailbox domain this one is probably a typo of, if any. Input: the A-label form. */
export function suggestDomainTypo(asciiDomain: string): DomainTypo | undefined {
  const domain = asciiDomain.toLowerCase();
  if (KNOWN.has(domain) || domain.length > 64) return undefined;
  const typed = splitName(domain);
  let best: { row: MailboxDomain; distance: number; kind: DomainTypo['kind'] } | undefined;
  for (const row of MAILBOX_DOMAINS) {
    const candidate = match(typed, domain, row);
    if (candidate && (!best || candidate.distance < best.distance)) best = { row, ...candidate };
  }
  if (!best) return undefined;
  return {
    suggestion: best.row.domain,
    provider: best.row.provider,
    distance: best.distance,
    kind: best.kind,
    source: best.row.source,
  };
}

function match(
  typed: { name: string; tld: string },
  domain: string,
  row: MailboxDomain,
): { distance: number; kind: DomainTypo['kind'] } | undefined {
  if (domain.replaceAll('.', '') === row.domain.replaceAll('.', '')) {
    return { distance: 1, kind: 'missing-dot' };
  }
  const target = splitName(row.domain);
  const sameTld = typed.tld === target.tld;
  if (!sameTld && !TLD_SLIPS[target.tld]?.includes(typed.tld)) return undefined;
  const limit = allowedEdits(target.name);
  const edits = damerauLevenshtein(typed.name, target.name, limit);
  if (edits > limit) return undefined;
  if (sameTld) return edits === 0 ? undefined : { distance: edits, kind: 'name' };
  return { distance: edits + 1, kind: edits === 0 ? 'tld' : 'name-and-tld' };
}
