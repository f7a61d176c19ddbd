import { useId, useState } from 'react';
import type { BatchProblem, ColumnChoice } from '../../engine/index.ts';

/** For a CSV whose header names neither: the person says which column is which. */
export function ColumnPicker({
  problem,
  onPick,
}: {
  problem: BatchProblem;
  onPick?(choice: ColumnChoice): void;
}) {
  const headers = problem.headers ?? [];
  const id = useId();
  const [address, setAddress] = useState(0);
  const [reason, setReason] = useState(headers.length > 1 ? 1 : -1);
  const label = (header: string, i: number) => `Column ${i + 1}: ${header || '(no name)'}`;
  if (!onPick) {
    return <p>Choose the file again to pick its columns (the page no longer holds it).</p>;
  }
  return (
    <form
      className="column-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onPick({ address, reason: reason < 0 ? null : reason });
      }}
    >
      <table className="column-picker__sample">
        <caption>The first rows of {problem.file}</caption>
        <tbody>
          {[headers, ...(problem.sample ?? [])].slice(0, 4).map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell.slice(0, 60)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={`${id}-address`}>The column with the email address</label>
      <select
        id={`${id}-address`}
        value={address}
        onChange={(e) => setAddress(Number(e.target.value))}
      >
        {headers.map((header, i) => (
          <option key={i} value={i}>
            {label(header, i)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>The column with the reason or server reply</label>
      <select
        id={`${id}-reason`}
        value={reason}
        onChange={(e) => setReason(Number(e.target.value))}
      >
        <option value={-1}>None: the file has no reason</option>
        {headers.map((header, i) => (
          <option key={i} value={i}>
            {label(header, i)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary">
        Read {problem.file} with these columns
      </button>
    </form>
  );
}
