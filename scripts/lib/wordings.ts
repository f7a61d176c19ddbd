/**
 * The catalogue of wordings real mail software emits (../shared/knowledge/mta-wordings.tsv, or
 * $BOUNCE_KNOWLEDGE): each row a text with its stage, codes and reason. Read in place, never
 * copied. Every row becomes a one-line test case: placeholders filled with realistic values,
 * the reply and enhanced codes put in front when the wording does not carry them itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../../src/engine/fnv.ts';

export interface Wording {
  /** 1-based line in the file, the row's stable name. */
  line: number;
  software: string;
  stage: string;
  reply: string;
  status: string;
  wording: string;
  meaning: string;
  reason: string;
  source: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export function knowledgeDir(): string | undefined {
  const candidates = [
    process.env.BOUNCE_KNOWLEDGE,
    resolve(here, '../../../shared/knowledge'),
    resolve(process.cwd(), '../shared/knowledge'),
  ];
  return candidates.find(
    (dir): dir is string => !!dir && existsSync(join(dir, 'mta-wordings.tsv')),
  );
}

/** A field with `\t` and `\\` escapes, as the file's README describes. */
const unescape = (field: string) =>
  field.replace(/\\([\\t])/g, (_, c: string) => (c === 't' ? '\t' : '\\'));

export function loadWordings(dir: string): Wording[] {
  const lines = readFileSync(join(dir, 'mta-wordings.tsv'), 'utf8').split('\n');
  const rows: Wording[] = [];
  for (const [i, text] of lines.entries()) {
    if (i === 0 || !text.trim()) continue;
    // Split on tabs that are not escaped.
    const fields = text.split(/(?<!\\)\t/).map(unescape);
    const [
      software = '',
      stage = '',
      reply = '',
      status = '',
      wording = '',
      meaning = '',
      reason = '',
      source = '',
    ] = fields;
    rows.push({ line: i + 1, software, stage, reply, status, wording, meaning, reason, source });
  }
  return rows;
}

const FILL: Record<string, string> = {
  addr: 'jane.doe@example.org',
  address: 'jane.doe@example.org',
  domain: 'example.org',
  ip: '192.0.2.45',
  host: 'mx1.example.net',
  n: '3',
  text: 'x7Kq2',
};

/** The row as one line a user would paste: codes first unless the wording starts with them. */
export function wordingText(row: Wording): string {
  const filled = row.wording.replace(/<([a-z]+)>/g, (whole, name: string) => FILL[name] ?? whole);
  const codes = [row.reply, row.status].filter(Boolean);
  const already = codes.every((code) => filled.includes(code));
  return codes.length && !already ? `${codes.join(' ')} ${filled}` : filled;
}

/**
 * Software families kept aside while rules are written: scored on their own, their misses never
 * printed. Chosen by a hash of the family's first word, so that all of a vendor's rows go together.
 */
export function wordingHeldAside(row: Wording): boolean {
  const family = familyOf(row.software);
  return fnv1a(family) % 5 === 0 && !WORKED_ON.has(family);
}

/** Named in the acceptance tests of the classifier issue, so written against, never kept aside. */
const WORKED_ON = new Set(['gmail']);

export function familyOf(software: string): string {
  return software.toLowerCase().split(/[\s(/]+/)[0] ?? software;
}
