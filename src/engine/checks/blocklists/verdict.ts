/**
 * The blocklist headline. fail: a trustworthy listing on a list that matters (a major list, or
 * one the bouncing provider uses); warn: listings only on minor or reputation lists, or some
 * lists could not be checked; pass: every queried list answered cleanly and passed its
 * self-test; unknown: no list could answer.
 */
import type { Fix, Verdict } from '../types.ts';
import type { BlocklistRow } from './lookup.ts';
import type { ProviderAdvice } from './provider-lists.ts';

export interface Headline {
  verdict: Verdict;
  finding: string;
  unknownReason?: string;
  manualCheck?: string;
}

const DQS_INFO =
  'http://www.spamhaus.org/resource-hub/email-security/if-you-query-the-legacy-dnsbls-via-cloudflares-dns-move-to-spamhaus-technologys-free-data-query-service/';

const describeRow = (row: BlocklistRow): string =>
  `${row.list} (${row.key}: ${row.meanings.map((m) => m.replace(/^[\d.]+: /, '')).join('; ')})`;
const uniqueLists = (rows: readonly BlocklistRow[]): string[] => [
  ...new Set(rows.map((row) => row.list)),
];

export function headline(rows: readonly BlocklistRow[]): Headline {
  const listed = rows.filter((row) => row.status === 'listed');
  const unknown = rows.filter((row) => row.status === 'unknown');
  const clear = rows.filter((row) => row.status === 'clear');
  const manual =
    unknown.length > 0
      ? {
          unknownReason: unknown[0]?.why,
          manualCheck: `Look the IP/domain up by hand: ${[...new Set(unknown.map((row) => `${row.list} ${row.lookupUrl}`))].join(' ; ')}`,
        }
      : {};
  const notChecked =
    unknown.length > 0
      ? ` ${uniqueLists(unknown).length} list(s) could not be checked here: ${uniqueLists(unknown).join(', ')}.`
      : '';
  const important = listed.filter((row) => row.matters);
  if (important.length > 0) {
    return {
      verdict: 'fail',
      finding: `Listed on ${important.map(describeRow).join(', ')}.${notChecked}`,
      ...manual,
    };
  }
  if (listed.length > 0) {
    return {
      verdict: 'warn',
      finding: `Listed only on minor or reputation lists: ${listed.map(describeRow).join(', ')}.${notChecked}`,
      ...manual,
    };
  }
  if (rows.length === 0) {
    return {
      verdict: 'unknown',
      finding: 'Nothing to look up on blocklists.',
      unknownReason: 'No public sending IP and no sender domain are known.',
      manualCheck: 'Enter the sending IP from the Received: headers, or the From domain.',
    };
  }
  if (clear.length === 0) {
    return {
      verdict: 'unknown',
      finding: `None of the ${uniqueLists(rows).length} blocklists could be checked through this resolver.`,
      ...manual,
    };
  }
  if (unknown.length > 0) {
    return {
      verdict: 'warn',
      finding: `Not listed on the ${uniqueLists(clear).length} list(s) that answered.${notChecked}`,
      ...manual,
    };
  }
  return {
    verdict: 'pass',
    finding: `Not listed on any of the ${uniqueLists(rows).length} lists checked; each answered and passed its self-test.`,
  };
}

export function blocklistFixes(
  rows: readonly BlocklistRow[],
  advice: ProviderAdvice | undefined,
  dqsKeyGiven: boolean,
): Fix[] {
  const fixes: Fix[] = [];
  for (const row of rows.filter((r) => r.status === 'listed')) {
    for (const delist of row.delist) {
      fixes.push({
        text: `${row.list} lists ${row.key}: ${delist.text}`,
        links: [{ label: row.list, url: delist.url ?? row.lookupUrl }],
      });
    }
  }
  for (const list of uniqueLists(rows.filter((r) => r.status === 'unknown'))) {
    const row = rows.find((r) => r.list === list);
    if (row)
      fixes.push({ text: `Check ${list} by hand.`, links: [{ label: list, url: row.lookupUrl }] });
  }
  const spamhausRefused = rows.some(
    (r) =>
      r.status === 'unknown' &&
      r.listId.startsWith('spamhaus') &&
      r.meanings.some((m) => m.includes('127.255.255.254')),
  );
  if (spamhausRefused && !dqsKeyGiven) {
    fixes.push({
      // Nothing in the app takes a key (the engine's dqsKey option is for callers that do), so
      // the advice says only what the person can do here: look by hand, or ask another resolver.
      text: 'Spamhaus does not answer public resolvers: look the IP and domain up on its own page, or run the checks through a resolver of your own (Settings). Mail servers that check Spamhaus themselves can use a free Spamhaus DQS key.',
      links: [{ label: 'Spamhaus DQS', url: DQS_INFO }],
    });
  }
  for (const portal of advice?.portals ?? []) {
    fixes.push({
      text: `${advice?.name ?? ''}: ${portal.note}`,
      links: [{ label: portal.label, url: portal.url }],
    });
  }
  return fixes;
}
