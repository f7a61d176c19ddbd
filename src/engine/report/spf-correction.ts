/**
 * A corrected SPF record for the checklist, when the check found includes that point nowhere:
 * the published record without those includes, plus the sending service's include when the
 * person named one. The SPF check says what is broken; this writes the record to publish.
 */
import type { CheckResult, Fix } from '../checks/types.ts';
import type { Esp } from '../sender/esps.ts';

interface SpfLike {
  domain?: string;
  inspection?: { root?: { spfRecords?: string[] } };
}

const RFC = { label: 'RFC 7208 (SPF)', url: 'https://www.rfc-editor.org/rfc/rfc7208' };

export function correctedSpf(result: CheckResult, esp: Esp | undefined): Fix | undefined {
  if (result.id !== 'spf' || result.verdict === 'pass') return undefined;
  const details = result.details as SpfLike | undefined;
  const record = details?.inspection?.root?.spfRecords;
  const domain = details?.domain;
  if (!domain || record?.length !== 1 || !record[0]) return undefined;
  // Include targets whose TXT lookup found no domain or no record: they can only break SPF.
  const dead = new Set(
    result.queries
      .filter((q) => q.type === 'TXT' && (q.outcome === 'nxdomain' || q.outcome === 'nodata'))
      .map((q) => q.name.toLowerCase()),
  );
  const terms = record[0].trim().split(/\s+/);
  const kept = terms.filter((term) => {
    const target = /^[+~?-]?include:(.+)$/i.exec(term)?.[1]?.toLowerCase();
    return !target || !dead.has(target);
  });
  const wanted = esp?.spfInclude ? `include:${esp.spfInclude}` : undefined;
  if (wanted && !kept.some((term) => term.toLowerCase() === wanted)) {
    const all = kept.findIndex((term) => /^[+~?-]?all$/i.test(term) || /^redirect=/i.test(term));
    kept.splice(all < 0 ? kept.length : all, 0, wanted);
  }
  if (!kept.some((term) => /^[+~?-]?all$/i.test(term) || /^redirect=/i.test(term)))
    kept.push('~all');
  const value = kept.join(' ');
  if (value === record[0].trim()) return undefined;
  const removed = terms.filter((term) => !kept.includes(term));
  const why = [
    removed.length > 0 ? `remove ${removed.join(', ')} (it points to no SPF record)` : '',
    wanted && !terms.includes(wanted)
      ? `add ${wanted} for ${esp?.name ?? 'your sending service'}`
      : '',
  ].filter(Boolean);
  return {
    text: `Publish this corrected SPF record for ${domain}: ${why.join(' and ')}.`,
    record: { name: domain, type: 'TXT', value },
    links: [RFC],
  };
}
