import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  ACTION_LABELS,
  providerLabel,
  REASON_INFO,
  type TriageGroup,
  type TriageRow,
} from '../../engine/index.ts';
import type { BatchView, SortKey } from './batch-store.ts';
import { visibleRows } from './visible-rows.ts';

/** Fixed row height: only the rows in view (and a few around) are in the page. */
export const ROW_HEIGHT = 44;
const OVERSCAN = 10;
const VIEWPORT_ROWS = 12;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'recipient', label: 'Recipient' },
  { key: 'reason', label: 'Cause' },
  { key: 'status', label: 'Status' },
  { key: 'provider', label: 'Provider' },
  { key: 'action', label: 'Action' },
  { key: 'file', label: 'From' },
];

interface RecipientsTableProps {
  rows: readonly TriageRow[];
  /** Changes when rows were added. */
  version: number;
  groups: TriageGroup[];
  view: BatchView;
  onView(patch: Partial<BatchView>): void;
  onOpen(row: TriageRow, scrollTop: number): void;
}

/** A virtualised table of recipients: smooth at 100,000 rows; sort, filter by cause, search. */
export function RecipientsTable({
  rows,
  version,
  groups,
  view,
  onView,
  onOpen,
}: RecipientsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(view.scrollTop);
  const shown = useMemo(
    () => visibleRows(rows, view),
    // `version` stands for the rows' content, which the array's identity does not show.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, version, view.group, view.search, view.sort],
  );
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, first + VIEWPORT_ROWS + 2 * OVERSCAN);
  const group = groups.find((g) => g.key === view.group);

  // Back from the wizard: the same scroll position, and focus on the recipient opened.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = view.scrollTop;
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (view.lastOpened === null) return;
    const frame = requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-row="${view.lastOpened}"]`)?.focus(),
    );
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const sortBy = (key: SortKey) => {
    const dir = view.sort?.key === key && view.sort.dir === 'asc' ? 'desc' : 'asc';
    onView({ sort: { key, dir }, scrollTop: 0 });
    if (scroller.current) scroller.current.scrollTop = 0;
  };

  return (
    <section className="recipients" aria-labelledby="recipients-heading">
      <h2 id="recipients-heading" tabIndex={-1}>
        Recipients{group ? `: ${group.title}` : ''}
      </h2>
      <div className="recipients__controls">
        <label>
          Cause
          <select
            value={view.group ?? ''}
            onChange={(e) => onView({ group: e.target.value || null, scrollTop: 0 })}
          >
            <option value="">All causes</option>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.title} ({g.count.toLocaleString('en')})
              </option>
            ))}
          </select>
        </label>
        <label>
          Search recipients
          <input
            type="search"
            value={view.search}
            onChange={(e) => onView({ search: e.target.value, scrollTop: 0 })}
          />
        </label>
      </div>
      <p role="status" className="recipients__count">
        Showing {shown.length.toLocaleString('en')} of {rows.length.toLocaleString('en')}{' '}
        recipients.
      </p>
      <div
        ref={scroller}
        className="recipients__scroller"
        style={{ height: `${(Math.min(VIEWPORT_ROWS, shown.length) + 1) * ROW_HEIGHT + 2}px` }}
        tabIndex={0}
        role="region"
        aria-label="Recipients table, scrollable"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <table className="recipients__table" aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    view.sort?.key === column.key
                      ? view.sort.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  <button
                    type="button"
                    className="recipients__sort"
                    onClick={() => sortBy(column.key)}
                  >
                    {column.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 ? (
              <tr aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />
            ) : null}
            {shown.slice(first, last).map((row, i) => (
              <tr key={row.id} aria-rowindex={first + i + 2} style={{ height: `${ROW_HEIGHT}px` }}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    data-row={row.id}
                    aria-label={`Open ${row.recipient || 'this bounce'} in the wizard`}
                    onClick={() => onOpen(row, scroller.current?.scrollTop ?? 0)}
                  >
                    {row.recipient || '(no address)'}
                  </button>
                </td>
                <td>{REASON_INFO[row.reason].title}</td>
                <td>{row.status ?? ''}</td>
                <td>{providerLabel(row)}</td>
                <td>{ACTION_LABELS[row.action]}</td>
                <td>
                  {row.file}
                  {row.where ? `, ${row.where}` : ''}
                </td>
              </tr>
            ))}
            {last < shown.length ? (
              <tr
                aria-hidden="true"
                style={{ height: `${(shown.length - last) * ROW_HEIGHT}px` }}
              />
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
