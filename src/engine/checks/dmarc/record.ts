/**
 * Parse one DMARC policy record (RFC 9989 s4.7, s4.8). Parsing is lenient the way the RFC asks
 * receivers to be: unknown tags are ignored and a tag with a syntax error falls back to its
 * default (s4.8). Every such case becomes an issue so the owner can fix it.
 */
import type { Tag } from '../dkim/tag-list.ts';
import { recordIssues } from './record-issues.ts';
import type { DmarcIssue, DmarcRecord, Policy } from './record-types.ts';
import { parseReportUris } from './report-uri.ts';

export type { DmarcIssue, DmarcRecord, Policy, Severity } from './record-types.ts';

// RFC 9989 s4.10 steps 2 and 6: records not starting with a v tag naming DMARC1 are discarded.
// The value is case-sensitive (s4.7 v=); whitespace around "=" is allowed (s4.8 "equals").
const VERSION = /^\s*[vV]\s*=\s*DMARC1\s*(?:;|$)/;
export const isDmarcRecord = (txt: string): boolean => VERSION.test(txt);

const POLICIES: readonly string[] = ['none', 'quarantine', 'reject'];

function splitTags(raw: string, issues: DmarcIssue[]): Tag[] {
  const tags: Tag[] = [];
  for (const spec of raw.split(';').map((s) => s.trim())) {
    if (spec === '') continue;
    const eq = spec.indexOf('=');
    if (eq <= 0) {
      const message = `"${spec}" is not a tag=value pair and is ignored`;
      issues.push({ severity: 'warn', code: 'syntax', message });
      continue;
    }
    const name = spec.slice(0, eq).trim().toLowerCase();
    if (tags.some((t) => t.name === name)) {
      const message = `${name}= appears twice; receivers disagree on which counts (this check uses the first)`;
      issues.push({ severity: 'warn', code: 'duplicate-tag', message });
      continue;
    }
    tags.push({ name, value: spec.slice(eq + 1).trim() });
  }
  return tags;
}

function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  issues: DmarcIssue[],
): T | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase() as T;
  if (allowed.includes(lower)) return lower;
  const message = `${name}=${value} is not valid (${allowed.join(', ')}) and is ignored`;
  issues.push({ severity: 'warn', code: `${name}-invalid`, message });
  return undefined;
}

export function parseDmarcRecord(raw: string): DmarcRecord {
  const issues: DmarcIssue[] = [];
  const tags = splitTags(raw, issues);
  const get = (name: string) => tags.find((t) => t.name === name)?.value;
  const invalid: DmarcRecord['invalid'] = [];
  const policy = (name: 'p' | 'sp' | 'np'): Policy | undefined => {
    const value = get(name)?.toLowerCase();
    if (value === undefined || POLICIES.includes(value)) return value as Policy | undefined;
    invalid.push(name);
    return undefined;
  };
  const pct = get('pct');
  const record: DmarcRecord = {
    raw,
    tags,
    p: policy('p'),
    sp: policy('sp'),
    np: policy('np'),
    invalid,
    psd: choice(get('psd'), ['y', 'n', 'u'] as const, 'psd', issues) ?? 'u',
    testing: choice(get('t'), ['y', 'n'] as const, 't', issues) === 'y',
    adkim: choice(get('adkim'), ['r', 's'] as const, 'adkim', issues) ?? 'r',
    aspf: choice(get('aspf'), ['r', 's'] as const, 'aspf', issues) ?? 'r',
    rua: parseReportUris(get('rua') ?? ''),
    ruf: parseReportUris(get('ruf') ?? ''),
    pct: pct !== undefined && /^\d{1,3}$/.test(pct) ? Math.min(Number(pct), 100) : undefined,
    issues,
  };
  issues.push(...recordIssues(record));
  return record;
}
