/**
 * A CSV export read as a stream of text chunks. Papa Parse does the parsing (quoted fields,
 * embedded newlines, `;` or tab separators); this module only cuts the stream at record ends
 * (a newline outside quotes, RFC 4180 s2), recognises the columns from the header row and turns
 * each row into a failed recipient.
 */
import Papa from 'papaparse';
import {
  CSV_PROFILES,
  GENERIC_COLUMNS,
  genericRow,
  type ColumnRole,
  type CsvProfile,
  type RoleCells,
} from './csv-profiles.ts';
import { feedRecipient, feedSender } from './recipient.ts';
import type { FeedRecipient } from './types.ts';

/** The columns a person picked for a CSV the reader could not place by itself. */
export interface ColumnChoice {
  address: number;
  /** null: the file has no reason column. */
  reason: number | null;
  /** False when the first row is already data. */
  header?: boolean;
}

export type CsvLayout =
  | {
      ok: true;
      profile: CsvProfile | null;
      roles: Partial<Record<ColumnRole, number>>;
      header: boolean;
    }
  | { ok: false; problem: 'no-address' | 'pick-columns'; headers: string[]; sample: string[][] };

const normalise = (header: string) =>
  header
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const looksLikeAddress = (cell: string | undefined) =>
  !!cell && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell.trim().replace(/^<|>$/g, ''));

function findColumn(headers: string[], names: string[] | undefined): number | undefined {
  for (const name of names ?? []) {
    const index = headers.indexOf(name);
    if (index >= 0) return index;
  }
  return undefined;
}

function rolesFor(headers: string[], columns: CsvProfile['columns']) {
  const roles: Partial<Record<ColumnRole, number>> = {};
  for (const role of Object.keys(GENERIC_COLUMNS) as ColumnRole[]) {
    const index = findColumn(headers, columns[role]);
    if (index !== undefined && !Object.values(roles).includes(index)) roles[role] = index;
  }
  return roles;
}

/** The column where most sample cells are addresses, if one is. */
function addressColumnByContent(sample: string[][]): number | undefined {
  const width = Math.max(0, ...sample.map((row) => row.length));
  for (let column = 0; column < width; column++) {
    const cells = sample.map((row) => row[column]).filter((cell) => cell?.trim());
    if (cells.length > 0 && cells.filter(looksLikeAddress).length / cells.length >= 0.8) {
      return column;
    }
  }
  return undefined;
}

/** How the columns are laid out, from the first row and a few rows after it. */
export function layoutOf(first: string[], sample: string[][], choice?: ColumnChoice): CsvLayout {
  if (choice) {
    const roles: Partial<Record<ColumnRole, number>> = { address: choice.address };
    if (choice.reason !== null) roles.reason = choice.reason;
    return {
      ok: true,
      profile: null,
      roles,
      header: choice.header ?? !first.some(looksLikeAddress),
    };
  }
  const headers = first.map(normalise);
  const profile = CSV_PROFILES.find((p) => p.requires.every((name) => headers.includes(name)));
  if (profile)
    return { ok: true, profile, roles: rolesFor(headers, profile.columns), header: true };
  const roles = rolesFor(headers, GENERIC_COLUMNS);
  const header = !first.some(looksLikeAddress);
  if (roles.address !== undefined && roles.reason !== undefined && header) {
    return { ok: true, profile: null, roles, header };
  }
  const rows = header ? sample : [first, ...sample];
  const byContent = addressColumnByContent(rows);
  return {
    ok: false,
    problem: byContent === undefined && roles.address === undefined ? 'no-address' : 'pick-columns',
    headers: first,
    sample: rows.slice(0, 5),
  };
}

type RoleIndex = [ColumnRole, number][];

function cellsOf(row: string[], roles: RoleIndex): RoleCells {
  const cells: RoleCells = {};
  for (const [role, index] of roles) {
    const value = row[index]?.trim();
    if (value) cells[role] = value;
  }
  return cells;
}

const roleIndex = new WeakMap<object, RoleIndex>();

export function csvRow(
  row: string[],
  layout: Extract<CsvLayout, { ok: true }>,
): FeedRecipient | null {
  let roles = roleIndex.get(layout.roles);
  if (!roles) {
    roles = Object.entries(layout.roles) as RoleIndex;
    roleIndex.set(layout.roles, roles);
  }
  const cells = cellsOf(row, roles);
  if (!cells.address) return null;
  const fields = layout.profile?.interpret ? layout.profile.interpret(cells) : genericRow(cells);
  if (!fields) return null;
  const sender = feedSender({ fromAddress: cells.from, sendingIp: cells.ip });
  return {
    recipient: feedRecipient(fields),
    format: layout.profile?.id ?? 'csv',
    ...(sender ? { sender } : {}),
  };
}

export interface CsvReaderOptions {
  choice?: ColumnChoice;
  /** Called once, when the columns are known (or found wanting: reading then stops). */
  onLayout(layout: CsvLayout): void;
  /** Each data row, numbered from 1; null for rows that report no failure or have no address. */
  onRow(item: FeedRecipient | null, row: number): void;
}

/** Records needed before the columns are judged. */
const SAMPLE_ROWS = 8;

export function createCsvReader(options: CsvReaderOptions) {
  let buffer = '';
  let scanned = 0;
  let quoted = false;
  let delimiter: string | undefined;
  let layout: CsvLayout | undefined;
  let pending: string[][] = [];
  let row = 0;
  let first = true;

  const rows = (text: string): string[][] => {
    const result = Papa.parse<string[]>(text, {
      ...(delimiter ? { delimiter } : {}),
      skipEmptyLines: 'greedy',
    });
    delimiter ??= result.meta.delimiter;
    return result.data;
  };

  const feed = (records: string[][], final: boolean) => {
    if (layout && !layout.ok) return;
    if (!layout) {
      pending.push(...records);
      if (pending.length < SAMPLE_ROWS + 1 && !final) return;
      const [head = [], ...rest] = pending;
      pending = [];
      layout = layoutOf(head, rest.slice(0, SAMPLE_ROWS), options.choice);
      options.onLayout(layout);
      if (!layout.ok) return;
      records = layout.header ? rest : [head, ...rest];
    }
    for (const record of records) options.onRow(csvRow(record, layout), ++row);
  };

  /** The end of the last whole record in the buffer (a newline outside quotes), or -1. */
  const lastRecordEnd = (): number => {
    let end = -1;
    for (let i = scanned; i < buffer.length; i++) {
      const code = buffer.charCodeAt(i);
      if (code === 34) quoted = !quoted;
      else if (code === 10 && !quoted) end = i;
    }
    scanned = buffer.length;
    return end;
  };

  return {
    push(chunk: string) {
      if (layout && !layout.ok) return;
      if (first) {
        chunk = chunk.replace(/^\ufeff/, '');
        first = false;
      }
      buffer += chunk;
      const end = lastRecordEnd();
      if (end < 0) return;
      const complete = buffer.slice(0, end + 1);
      buffer = buffer.slice(end + 1);
      // The rest starts right after an unquoted newline; its quote state is what the scan left.
      scanned = buffer.length;
      feed(rows(complete), false);
    },
    end() {
      if (layout && !layout.ok) return;
      const rest = buffer;
      buffer = '';
      feed(rest.trim() ? rows(rest) : [], true);
    },
  };
}
