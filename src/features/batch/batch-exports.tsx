import { useId, useState } from 'react';
import {
  markdownSummary,
  shareTriage,
  suppressionCsv,
  triageJson,
  type TriageRow,
} from '../../engine/index.ts';
import { encodeShare } from '../../engine/report/share-codec.ts';
import { CopyButton } from '../checklist/copy-button.tsx';
import { download } from '../export/download.ts';
import type { BatchReport, BatchState } from './batch-store.ts';

/** A share link with addresses stays usable (browsers take URLs of a few MB) up to this many. */
export const MAX_SHARED_ADDRESSES = 2000;

interface BatchExportsProps {
  report: BatchReport;
  rows: readonly TriageRow[];
  state: BatchState;
  /** Where the app lives, for the share link. */
  base: string;
}

/** The suppression list, the summary for a ticket, JSON, and a share link of the summary. */
export function BatchExports({ report, rows, state, base }: BatchExportsProps) {
  const [withAddresses, setWithAddresses] = useState(false);
  const [link, setLink] = useState('');
  const checkId = useId();
  const full = {
    ...report,
    files: state.files.map((f) => f.name),
    problems: state.problems.map(({ file, kind, message }) => ({ file, kind, message })),
  };
  const tooMany = withAddresses && rows.length > MAX_SHARED_ADDRESSES;
  return (
    <section className="export batch-exports" aria-labelledby="batch-export-heading">
      <h2 id="batch-export-heading">Export</h2>
      <div className="export__buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={rows.length === 0}
          onClick={() => download('suppression-list.csv', 'text/csv', suppressionCsv(rows))}
        >
          Download the suppression list (CSV)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download('bounce-triage.md', 'text/markdown', markdownSummary(full))}
        >
          Download the summary (Markdown)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download('bounce-triage.json', 'application/json', triageJson(full, rows))}
        >
          Download JSON
        </button>
      </div>
      <p>
        The suppression list has one line per address to suppress: email, reason, status, provider,
        action and what it means — the columns sending services import.
      </p>
      <h3>Share the summary</h3>
      <p>
        The link carries the counts and groups in its fragment, which no server sees. Addresses in
        the examples are redacted unless you include them.
      </p>
      <div className="batch-exports__share">
        <input
          id={checkId}
          type="checkbox"
          checked={withAddresses}
          onChange={(e) => {
            setWithAddresses(e.target.checked);
            setLink('');
          }}
        />
        <label htmlFor={checkId}>Include the addresses</label>
      </div>
      {tooMany ? (
        <p role="alert">
          A link cannot carry {rows.length.toLocaleString('en')} addresses (at most{' '}
          {MAX_SHARED_ADDRESSES.toLocaleString('en')}): share the CSV instead.
        </p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            void encodeShare(shareTriage(full, rows, withAddresses)).then((payload) => {
              const url = new URL(base);
              url.hash = `/batch?s=${payload}`;
              setLink(url.href);
            });
          }}
        >
          Make a share link
        </button>
      )}
      {link ? (
        <p className="batch-exports__link">
          <label>
            Share link
            <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={link} label="Copy the link" />
        </p>
      ) : null}
    </section>
  );
}
