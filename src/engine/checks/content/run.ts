/**
 * The content check: the message that bounced, as a receiving server sees it (inspect.ts), plus
 * its link domains on the domain blocklists (through the injected resolver, like every check).
 */
import { sendsBulk } from '../answers.ts';
import { runBlocklists } from '../blocklists/index.ts';
import { BLOCKLISTS } from '../blocklists/registry.ts';
import type { BlocklistRow } from '../blocklists/lookup.ts';
import type { CheckContext, CheckResult, Fix, QueryRecord } from '../types.ts';
import { worstVerdict } from '../items.ts';
import { loadOrgDomains } from '../public-suffix.ts';
import { inspectMessage, type ContentItem } from './inspect.ts';
import type { LinkHost } from './links.ts';

export interface ContentDetails {
  items: ContentItem[];
  links: LinkHost[];
  sizeBytes: number;
  notJudged: string[];
  /** Link domains looked up on domain blocklists, with each list's answer. */
  linkRows: BlocklistRow[];
}

const MAX_LINK_DOMAINS = 5;
const DOMAIN_LISTS = BLOCKLISTS.filter(
  (list) => list.keys.includes('domain') && list.defaultOn && list.access !== 'key',
).map((list) => list.id);

async function linkItem(
  ctx: CheckContext,
  links: LinkHost[],
): Promise<{ item?: ContentItem; rows: BlocklistRow[]; queries: QueryRecord[] }> {
  const domains = [...new Set(links.flatMap((link) => (link.domain ? [link.domain] : [])))].slice(
    0,
    MAX_LINK_DOMAINS,
  );
  if (domains.length === 0) return { rows: [], queries: [] };
  const results = await Promise.all(
    domains.map((domain) =>
      runBlocklists({ ...ctx, sender: { fromDomain: domain } }, { lists: DOMAIN_LISTS }),
    ),
  );
  const rows = results.flatMap((result) => result.details?.rows ?? []);
  const queries = results.flatMap((result) => result.queries);
  const listed = rows.filter((row) => row.status === 'listed');
  const unknown = rows.filter((row) => row.status === 'unknown');
  const fixes: Fix[] = results.flatMap((result) => result.fixes);
  if (listed.length > 0) {
    const names = [...new Set(listed.map((row) => `${row.key} on ${row.list}`))];
    return {
      rows,
      queries,
      item: {
        id: 'link-blocklists',
        verdict: 'fail',
        text: `Link domain(s) on domain blocklists: ${names.join(', ')}. Receivers refuse mail that links to them.`,
        fixes,
      },
    };
  }
  if (unknown.length > 0) {
    const lists = [...new Set(unknown.map((row) => row.list))];
    return {
      rows,
      queries,
      item: {
        id: 'link-blocklists',
        verdict: 'unknown',
        text: `Link domains ${domains.join(', ')} could not be checked on ${lists.join(', ')}: ${unknown[0]?.why ?? ''}`,
        fixes,
      },
    };
  }
  return {
    rows,
    queries,
    item: {
      id: 'link-blocklists',
      verdict: 'pass',
      text: `Link domains ${domains.join(', ')} are on no domain blocklist asked.`,
    },
  };
}

/** The message is ctx.message; the provider's size limit and the bulk answer apply to it. */
export async function run(ctx: CheckContext): Promise<CheckResult<ContentDetails>> {
  if (!ctx.message?.trim()) {
    return {
      id: 'content',
      title: 'Message content',
      verdict: 'unknown',
      finding: 'The bounce does not carry the original message, so its content was not checked.',
      unknownReason: 'No original message to look at.',
      manualCheck:
        'Paste the whole message you sent (headers included) on the Sender details step, or choose the .eml file.',
      fixes: [],
      queries: [],
    };
  }
  const orgDomainOf = await loadOrgDomains();
  const inspection = inspectMessage(ctx.message, {
    provider: ctx.provider,
    bulk: sendsBulk(ctx.answers),
    orgDomainOf,
  });
  const links = await linkItem(ctx, inspection.links);
  const items = links.item ? [...inspection.items, links.item] : inspection.items;
  const worst = worstVerdict(items);
  const bad = items.filter((item) => item.verdict === worst && worst !== 'pass');
  const unknown = items.find((item) => item.verdict === 'unknown');
  return {
    id: 'content',
    title: 'Message content',
    verdict: worst,
    finding:
      bad.length > 0
        ? bad.map((item) => item.text).join(' ')
        : 'Nothing in the message breaks the rules receivers apply.',
    ...(unknown
      ? {
          unknownReason: unknown.text,
          manualCheck:
            'Look the link domains up by hand: https://check.spamhaus.org/ and https://www.surbl.org/',
        }
      : {}),
    fixes: items.filter((item) => item.verdict !== 'pass').flatMap((item) => item.fixes ?? []),
    queries: links.queries,
    details: { ...inspection, items, linkRows: links.rows },
  };
}
