/**
 * Plain-words finding line and fixes for the bulk-sender check.
 */
import type { Fix, Verdict } from '../types.ts';
import type { BulkSenderItem } from './details.ts';
import { PROVIDERS } from './providers/index.ts';
import type { Need } from './requirement.ts';

const clause = (text: string) => text.replace(/\.$/, '');
const providerName = (i: BulkSenderItem) =>
  PROVIDERS.find((p) => p.id === i.provider)?.name ?? i.provider;

/** Which check's result shows what to publish for a need. */
const CHECK_FOR: Partial<Record<Need, string>> = {
  'spf-or-dkim': 'SPF and DKIM checks show',
  'spf-and-dkim': 'SPF and DKIM checks show',
  spf: 'SPF check shows',
  dkim: 'DKIM check shows',
  'dkim-1024': 'DKIM check shows',
  'dmarc-record': 'DMARC check shows',
  'dmarc-aligned': 'DMARC check shows',
  'reverse-dns': 'reverse DNS check shows',
};

/** The needs DNS cannot settle, in words for the finding line. */
const OUTSIDE_DNS: Partial<Record<Need, string>> = {
  tls: 'TLS on your sending server',
  'spam-rate': 'your spam-complaint rate',
  rfc5322: 'RFC 5322 message format',
  'one-click-unsubscribe': 'one-click unsubscribe',
  'from-not-provider-domain': 'a From domain of your own',
};

export function finding(
  verdict: Verdict,
  first: BulkSenderItem | undefined,
  decided: BulkSenderItem[],
  outside: BulkSenderItem[],
): string {
  const later =
    outside.length > 0
      ? ` Still to check outside DNS: ${[...new Set(outside.map((i) => OUTSIDE_DNS[i.need] ?? i.need))].join(', ')}.`
      : '';
  if (!first) {
    const met = [...new Set(decided.map(providerName))].join(', ');
    return `${met ? `Meets the DNS-side requirements of ${met}` : 'No DNS-side requirement applies'}.${later}`;
  }
  const rule = `${providerName(first)}: ${clause(first.text)}`;
  if (verdict === 'warn')
    return `If you send 5,000+ messages a day: ${rule}. Not met: ${clause(first.reason)}.${later}`;
  return `${rule}. ${verdict === 'fail' ? 'Not met' : 'Not known'}: ${clause(first.reason)}.${later}`;
}

/** One fix per failing need, naming every provider that requires it. */
export function fixes(failed: BulkSenderItem[]): Fix[] {
  const byNeed = new Map<Need, BulkSenderItem[]>();
  for (const item of failed) byNeed.set(item.need, [...(byNeed.get(item.need) ?? []), item]);
  return [...byNeed.entries()].map(([need, group]) => {
    const first = group[0];
    const where = CHECK_FOR[need] ? ` The ${CHECK_FOR[need]} what to publish.` : '';
    const who = [...new Set(group.map(providerName))].join(', ');
    return {
      text: `${clause(first?.text ?? need)} (required by ${who}): ${clause(first?.reason ?? '')}.${where}`,
      links: group.map((i) => ({ label: `${providerName(i)} (${i.id})`, url: i.source })),
    };
  });
}
