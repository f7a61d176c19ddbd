/**
 * A look at the record without an IP: fetch the record of the domain and of everything it
 * includes or redirects to, and count the DNS-querying terms (RFC 7208 s4.6.4) the way SPF
 * checkers report them, i.e. the cost when nothing matches early. Targets built from macros
 * depend on the message and are not followed. The walk stops once the count is past the limit.
 */
import type { Lookups } from '../../dns/settle.ts';
import { queryName } from './domain-name.ts';
import { SPF_LIMITS } from './limits.ts';
import type { MacroString } from './macro.ts';
import { dnsTermCount, parseRecord, selectRecord } from './record.ts';
import { dnsTrouble } from '../../dns/failure-words.ts';

export type InspectedStatus =
  'ok' | 'none' | 'nxdomain' | 'many' | 'syntax' | 'dns-error' | 'macro' | 'not-fetched';

export interface InspectedRecord {
  domain: string;
  via: 'check' | 'include' | 'redirect';
  status: InspectedStatus;
  /** Every TXT record found at the name. */
  txt: string[];
  /** The v=spf1 ones among them (s4.5). */
  spfRecords: string[];
  error?: string;
  /** DNS-querying terms in this record alone. */
  dnsTerms: number;
  /** DNS-querying terms in this record and all it includes. */
  total: number;
  children: InspectedRecord[];
}

export interface SpfInspection {
  root: InspectedRecord;
  /** DNS-querying terms in the record and all it includes (s4.6.4). */
  totalDnsTerms: number;
  /** The walk stopped early (past the limit, or too deep). */
  truncated: boolean;
}

function literalName(spec: MacroString): string | undefined {
  const literal = spec.parts.every((part) => typeof part === 'string');
  return literal ? queryName(spec.parts.join('')) : undefined;
}

function blank(
  domain: string,
  via: InspectedRecord['via'],
  status: InspectedStatus,
): InspectedRecord {
  return { domain, via, status, txt: [], spfRecords: [], dnsTerms: 0, total: 0, children: [] };
}

export async function inspectSpf(dns: Lookups, domain: string): Promise<SpfInspection> {
  let fetchesLeft = SPF_LIMITS.dnsTerms + 1;
  let truncated = false;

  async function visit(
    name: string,
    via: InspectedRecord['via'],
    depth: number,
  ): Promise<InspectedRecord> {
    const node = blank(name, via, 'ok');
    const answer = await dns.lookup(name, 'TXT');
    if (answer.kind === 'error')
      return { ...node, status: 'dns-error', error: dnsTrouble(answer.error) };
    if (answer.kind !== 'ok')
      return { ...node, status: answer.kind === 'nxdomain' ? 'nxdomain' : 'none' };
    node.txt = answer.records;
    const selection = selectRecord(answer.records);
    if (selection.kind === 'none') return { ...node, status: 'none' };
    if (selection.kind === 'many') return { ...node, status: 'many', spfRecords: selection.texts };
    node.spfRecords = [selection.text];
    const parsed = parseRecord(selection.text);
    if (!parsed.ok) return { ...node, status: 'syntax', error: parsed.error };
    const record = parsed.value;
    node.dnsTerms = dnsTermCount(record);
    const targets: { spec: MacroString; via: 'include' | 'redirect' }[] = [];
    for (const m of record.mechanisms)
      if (m.name === 'include') targets.push({ spec: m.domain, via: 'include' });
    if (record.redirect && !record.hasAll)
      targets.push({ spec: record.redirect.domain, via: 'redirect' });
    const children = targets.map(({ spec, via: childVia }): Promise<InspectedRecord> => {
      const target = literalName(spec);
      if (!target) return Promise.resolve(blank(spec.text, childVia, 'macro'));
      if (fetchesLeft <= 0 || depth >= SPF_LIMITS.dnsTerms) {
        truncated = true;
        return Promise.resolve(blank(target, childVia, 'not-fetched'));
      }
      fetchesLeft -= 1;
      return visit(target, childVia, depth + 1);
    });
    node.children = await Promise.all(children);
    node.total = node.dnsTerms + node.children.reduce((sum, child) => sum + child.total, 0);
    return node;
  }

  const root = await visit(domain, 'check', 0);
  return { root, totalDnsTerms: root.total, truncated };
}
