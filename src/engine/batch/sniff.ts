/**
 * What a text file is, from its first kilobytes and its name: a message, JSON lines or one JSON
 * document, a mail-server log, a CSV, or the text of one bounce. The name decides only where
 * it is unambiguous (.csv, .json, .eml); the content decides everything else.
 */
import Papa from 'papaparse';
import type { LogFamily } from '../feeds/logs.ts';

export type TextKind =
  | { kind: 'mbox' | 'message' | 'json-lines' | 'json' | 'csv' | 'text' }
  | { kind: 'log'; family: LogFamily };

interface Detectors {
  looksLikeMessage(text: string): boolean;
  logFamilyOf(lines: string[]): LogFamily | undefined;
}

/** The head's first line parses as a JSON object or array on its own: JSON lines. */
function firstLineIsJson(head: string): boolean {
  const end = head.indexOf('\n');
  if (end < 0) return false;
  try {
    const value: unknown = JSON.parse(head.slice(0, end));
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

/**
 * A CSV has a header and rows with the same number of fields (at least two), none of them
 * long: a bounce's prose with a comma in a line is not one.
 */
export function looksLikeCsv(head: string): boolean {
  const complete = head.includes('\n') ? head.slice(0, head.lastIndexOf('\n')) : head;
  const result = Papa.parse<string[]>(complete, { preview: 20, skipEmptyLines: 'greedy' });
  const rows = result.data;
  if (rows.length < 2 || result.errors.some((e) => e.code === 'UndetectableDelimiter'))
    return false;
  const width = rows[0]!.length;
  return (
    width >= 2 &&
    rows.every((row) => row.length === width) &&
    rows[0]!.every((cell) => cell.length <= 100)
  );
}

/** `head` gives the text when asked: a name that settles the kind needs none decoded. */
export function sniffText(name: string, head: () => string, detect: Detectors): TextKind {
  const lower = name.toLowerCase();
  if (/\.(?:eml|msg)$/.test(lower)) return { kind: 'message' };
  const trimmed = head()
    .replace(/^\ufeff/, '')
    .trimStart();
  if (detect.looksLikeMessage(trimmed)) return { kind: 'message' };
  if (/^[[{]/.test(trimmed)) {
    if (/\.(?:jsonl|ndjson)$/.test(lower) || firstLineIsJson(trimmed))
      return { kind: 'json-lines' };
    return { kind: 'json' };
  }
  const lines = trimmed.split('\n', 60);
  const family = detect.logFamilyOf(lines);
  if (family) return { kind: 'log', family };
  if (lower.endsWith('.csv') || looksLikeCsv(trimmed)) return { kind: 'csv' };
  return { kind: 'text' };
}
